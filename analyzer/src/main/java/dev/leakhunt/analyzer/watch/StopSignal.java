package dev.leakhunt.analyzer.watch;

import dev.leakhunt.contract.run.Outcome;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets SIGINT/SIGTERM end a watch cleanly: the shutdown hook asks the loop to stop, waits until the
 * reports are written, then ends the JVM with the verdict's exit code instead of the signal's.
 */
final class StopSignal {
  private static final long REPORT_GRACE_SECONDS = 60;

  private final CountDownLatch stopRequested = new CountDownLatch(1);
  // Counted down by a signal or by the end of the window: what a sampler sleeping between ticks
  // wakes on.
  private final CountDownLatch wake = new CountDownLatch(1);
  private volatile boolean windowEnded;
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile int exitCode = Outcome.ERROR_EXIT_CODE;
  private Thread hook;

  /** Installs the shutdown hook; call once, before sampling starts. */
  void install() {
    hook =
        new Thread(
            () -> {
              stopRequested.countDown();
              wake.countDown();
              try {
                finished.await(REPORT_GRACE_SECONDS, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              // halt, not exit: exit from a hook blocks, and the signal's own status (130/143)
              // would hide the verdict.
              Runtime.getRuntime().halt(exitCode);
            },
            "analyzer-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Whether a stop was asked for. */
  boolean stopRequested() {
    return stopRequested.getCount() == 0;
  }

  /**
   * Ends the window for every target of the watch, without the haste of a signal: one target's
   * {@code --stop-early} decided the run.
   */
  void endWindow() {
    windowEnded = true;
    wake.countDown();
  }

  /** Whether {@link #endWindow()} was called. */
  boolean windowEnded() {
    return windowEnded;
  }

  /**
   * Sleeps up to {@code millis}, waking early when a stop is asked for or the window ends; true if
   * either happened.
   */
  boolean awaitStop(long millis) {
    try {
      return wake.await(Math.max(0, millis), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  /** Records the final exit code and releases a waiting shutdown hook. */
  void finish(int code) {
    exitCode = code;
    finished.countDown();
  }
}
