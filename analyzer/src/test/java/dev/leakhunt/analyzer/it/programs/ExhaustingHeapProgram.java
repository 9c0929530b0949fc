package dev.leakhunt.analyzer.it.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps 4 MiB more every second in 64 KiB arrays until the heap is exhausted, then stays alive
 * holding all of it: a service limping on after an OutOfMemoryError.
 */
public final class ExhaustingHeapProgram {
  static final List<byte[]> LEAKED = new ArrayList<>();
  static boolean exhausted;

  /** Freed on the first OutOfMemoryError so the JVM (and its JMX agent) can limp on. */
  static byte[] reserve = new byte[4 * 1024 * 1024];

  public static void main(String[] args) throws Exception {
    ProgramClock.run(
        args,
        100,
        elapsedMs -> {
          if (exhausted) {
            return;
          }
          try {
            for (int i = 0; i < 6; i++) {
              LEAKED.add(new byte[64 * 1024]);
            }
          } catch (OutOfMemoryError e) {
            reserve = null;
            exhausted = true;
          }
        });
  }
}
