package dev.leakhunt.analyzer.it.programs;

/** Starts one thread every 500 ms that never ends (7,200 threads/h), up to 300. */
public final class LeakingThreadsProgram {
  public static void main(String[] args) throws Exception {
    int[] started = {0};
    ProgramClock.run(
        args,
        500,
        elapsedMs -> {
          if (started[0]++ < 300) {
            Thread stuck =
                new Thread(
                    () -> {
                      try {
                        Thread.sleep(Long.MAX_VALUE);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    },
                    "stuck-" + started[0]);
            stuck.setDaemon(true);
            stuck.start();
          }
        });
  }
}
