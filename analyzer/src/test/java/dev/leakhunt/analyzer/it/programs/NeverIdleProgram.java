package dev.leakhunt.analyzer.it.programs;

/**
 * Holds a fixed live set of {@code args[1]} MiB and never stops allocating (small arrays, one
 * core's worth, as a busy service's request threads do), so that the heap grows again within a
 * moment of any collection. Lives {@code args[0]} seconds.
 */
public final class NeverIdleProgram {
  static byte[][] live;
  static volatile Object sink;

  public static void main(String[] args) throws Exception {
    live = new byte[Integer.parseInt(args[1]) * 16][];
    for (int i = 0; i < live.length; i++) {
      live[i] = new byte[64 * 1024];
    }
    ProgramClock.run(
        args,
        20,
        elapsedMs -> {
          long stepEndNanos = System.nanoTime() + 19_000_000;
          while (System.nanoTime() < stepEndNanos) {
            sink = new byte[1024];
          }
        });
  }
}
