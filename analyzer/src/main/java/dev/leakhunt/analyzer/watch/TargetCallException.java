package dev.leakhunt.analyzer.watch;

/**
 * A call to the target failed for a reason other than a lost connection (a security manager, an
 * MBean that throws): sampling cannot go on, but what was recorded is still judged.
 */
final class TargetCallException extends RuntimeException {
  TargetCallException(Throwable cause) {
    super(
        "sampling stopped: the target answered with an error: "
            + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()),
        cause);
  }
}
