package dev.leakhunt.analyzer.it.programs;

/**
 * Runs a program's step at a fixed period until its time is up, so every child JVM the tests start
 * ends by itself even when a test forgets it. Prints {@code READY} first: the JMX agent is started
 * before {@code main}, so by then the analyzer can connect.
 */
final class ProgramClock {
  private ProgramClock() {}

  interface Step {
    void run(long elapsedMs) throws Exception;
  }

  /**
   * @param args {@code args[0]}: seconds to live (default 300)
   * @param periodMs time between steps
   */
  static void run(String[] args, long periodMs, Step step) throws Exception {
    long lifeMs = (args.length > 0 ? Long.parseLong(args[0]) : 300) * 1000;
    System.out.println("READY pid=" + ProcessHandle.current().pid());
    System.out.flush();
    long startMs = System.currentTimeMillis();
    long nextMs = startMs;
    while (System.currentTimeMillis() - startMs < lifeMs) {
      step.run(System.currentTimeMillis() - startMs);
      nextMs += periodMs;
      long sleepMs = nextMs - System.currentTimeMillis();
      if (sleepMs > 0) {
        Thread.sleep(sleepMs);
      }
    }
  }
}
