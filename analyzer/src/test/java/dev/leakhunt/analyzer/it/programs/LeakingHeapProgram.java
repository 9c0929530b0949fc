package dev.leakhunt.analyzer.it.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps 64 KiB more every 100 ms (640 KiB/s, about 2.2 GiB/h) while churning short-lived garbage.
 */
public final class LeakingHeapProgram {
  static final List<byte[]> LEAKED = new ArrayList<>();
  static volatile Object sink;

  public static void main(String[] args) throws Exception {
    int bytesPerStep = (args.length > 1 ? Integer.parseInt(args[1]) : 640) * 1024 / 10;
    int maxSteps = 190 * 1024 * 1024 / bytesPerStep;
    ProgramClock.run(
        args,
        100,
        elapsedMs -> {
          if (LEAKED.size() < maxSteps) { // At most 190 MiB of the 256 MiB heap.
            LEAKED.add(new byte[bytesPerStep]);
          }
          for (int i = 0; i < 200; i++) {
            sink = new byte[4096]; // Garbage so young collections happen on their own.
          }
        });
  }
}
