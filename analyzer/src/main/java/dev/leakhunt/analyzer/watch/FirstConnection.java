package dev.leakhunt.analyzer.watch;

import dev.leakhunt.analyzer.sampler.ConnectionFailedException;
import dev.leakhunt.analyzer.sampler.TargetDescription;
import dev.leakhunt.analyzer.sampler.TargetSession;
import dev.leakhunt.contract.text.ErrorText;
import java.io.IOException;
import org.HdrHistogram.Recorder;

/**
 * The watch's first connection, opened under a deadline: the session, what the target is, and the
 * rows of a first sample taken within the connection's budget.
 *
 * @param session the open session
 * @param target what the target is
 * @param firstRows the first sample's rows, to be written once the evidence file exists
 */
record FirstConnection(TargetSession session, TargetDescription target, HeldRows firstRows) {
  /**
   * How long the first connection may take, ms: on the shared 2-core machine at a load average of
   * 40-60, connecting, describing and sampling a healthy target once took more than 30 s.
   */
  static final long FIRST_CONNECT_MS = 60_000;

  /** Attempts when the target is caught in a passing state, within the same budget. */
  static final int ATTEMPTS = 3;

  /** Pause before the second attempt, doubled before the third. */
  static final long RETRY_PAUSE_MS = 1_000;

  /**
   * Connects, describes the target and samples it once, all within {@link #FIRST_CONNECT_MS} (or
   * the allowance for silence when longer). A connection lost while being set up is tried again (up
   * to {@link #ATTEMPTS} times in all, within the same budget), saying so on stderr; a target that
   * refuses or cannot be reached fails at once, so that a wrong address is reported quickly.
   *
   * @throws ConnectionFailedException with one line when the target cannot be reached or does not
   *     answer in time
   */
  static FirstConnection open(WatchSettings settings, BoundedCalls calls, Recorder pausesNanos)
      throws ConnectionFailedException {
    long budgetMs = Math.max(FIRST_CONNECT_MS, settings.unresponsiveAfter().toMillis());
    long deadlineMs = System.currentTimeMillis() + budgetMs;
    for (int attempt = 1; ; attempt++) {
      try {
        return openOnce(settings, calls, pausesNanos, deadlineMs, budgetMs);
      } catch (ConnectionFailedException e) {
        long pauseMs = RETRY_PAUSE_MS << (attempt - 1);
        if (!e.transientState()
            || attempt >= ATTEMPTS
            || System.currentTimeMillis() + pauseMs >= deadlineMs) {
          throw e;
        }
        System.err.println("analyzer: " + e.getMessage() + "; connecting again");
        try {
          Thread.sleep(pauseMs);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private static FirstConnection openOnce(
      WatchSettings settings,
      BoundedCalls calls,
      Recorder pausesNanos,
      long deadlineMs,
      long budgetMs)
      throws ConnectionFailedException {
    BoundedCalls.Waited<FirstConnection> waited =
        calls.call(
            () -> {
              TargetSession session =
                  TargetSession.open(settings.target(), settings.mbeans(), pausesNanos, true);
              try {
                TargetDescription target = session.describe(TargetHost.of(settings.target()));
                // The first sample within the connection's budget: it loads the MXBean proxies'
                // classes on both sides, seconds on a loaded machine, which must not be counted
                // as the target's silence. Its rows (capacities among them) are kept.
                HeldRows firstRows = new HeldRows();
                session.sample(System.currentTimeMillis(), firstRows);
                return new FirstConnection(session, target, firstRows);
              } catch (IOException | RuntimeException e) {
                session.close();
                throw ConnectionFailedException.transientState(
                    "cannot describe "
                        + settings.target().describe()
                        + ": "
                        + ErrorText.ofRootCause(e),
                    e);
              }
            },
            deadlineMs);
    if (waited.returned()) {
      return waited.value();
    }
    if (waited.failure() instanceof ConnectionFailedException e) {
      throw e;
    }
    if (waited.failure() instanceof RuntimeException e) {
      throw e;
    }
    if (waited.failure() != null) {
      throw new IllegalStateException(waited.failure());
    }
    throw new ConnectionFailedException(
        "cannot connect to "
            + settings.target().describe()
            + ": no answer within "
            + budgetMs / 1000
            + " s (is the target frozen or overloaded?)",
        false,
        null);
  }
}
