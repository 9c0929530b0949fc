package dev.leakhunt.analyzer.it.programs;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Holds a live set of {@code args[1]} MiB in a map of small arrays (about 1 KiB each, so marking
 * has objects to trace, as in a real service) and churns garbage; lives {@code args[0]} seconds.
 */
public final class LiveSetHolderProgram {
  static final Map<Integer, byte[]> LIVE = new HashMap<>();
  static volatile Object sink;

  public static void main(String[] args) throws Exception {
    int liveMiB = Integer.parseInt(args[1]);
    Random random = new Random(7);
    for (int i = 0; i < liveMiB * 1024; i++) {
      LIVE.put(i, new byte[512 + random.nextInt(1024)]);
    }
    ProgramClock.run(
        args,
        20,
        elapsedMs -> {
          for (int i = 0; i < 100; i++) {
            sink = new byte[4096];
          }
        });
  }
}
