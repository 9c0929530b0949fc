package dev.leakhunt.analyzer.it.programs;

import java.util.Random;

/**
 * A clean service: a fixed 24 MiB working set whose entries are replaced at random, plus plenty of
 * short-lived garbage. The live set stays flat; the raw heap is a sawtooth.
 */
public final class ChurningProgram {
  static final byte[][] WORKING_SET = new byte[384][];
  static volatile Object sink;

  public static void main(String[] args) throws Exception {
    Random random = new Random(42);
    ProgramClock.run(
        args,
        50,
        elapsedMs -> {
          for (int i = 0; i < 8; i++) {
            WORKING_SET[random.nextInt(WORKING_SET.length)] = new byte[64 * 1024];
          }
          for (int i = 0; i < 400; i++) {
            sink = new byte[2048];
          }
        });
  }
}
