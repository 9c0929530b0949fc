package dev.leakhunt.analyzer.sampler;

import java.io.IOException;

/**
 * Another JVM answers on a session's connection than the one it opened: handled as a lost
 * connection, whose reconnection then finds the other process and ends the run as replaced.
 */
public final class TargetReplacedException extends IOException {
  public TargetReplacedException(long openedStartTimeMs, long answeringStartTimeMs) {
    super(
        "another JVM answers on this connection (started at "
            + answeringStartTimeMs
            + " ms, the one watched at "
            + openedStartTimeMs
            + " ms)");
  }
}
