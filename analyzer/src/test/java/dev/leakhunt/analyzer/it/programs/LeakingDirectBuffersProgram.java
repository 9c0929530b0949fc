package dev.leakhunt.analyzer.it.programs;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps one more 256 KiB direct buffer every 500 ms (512 KiB/s, 1.8 GiB/h), up to 160 MiB. The heap
 * barely moves: only the direct pool shows the leak.
 */
public final class LeakingDirectBuffersProgram {
  static final List<ByteBuffer> LEAKED = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    ProgramClock.run(
        args,
        500,
        elapsedMs -> {
          if (LEAKED.size() < 640) {
            LEAKED.add(ByteBuffer.allocateDirect(256 * 1024));
          }
        });
  }
}
