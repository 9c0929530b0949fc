package dev.leakhunt.analyzer.sampler;

/** The target could not be reached; the message is one line naming the target and the cause. */
public final class ConnectionFailedException extends Exception {
  private final boolean refused;
  private final boolean transientState;

  public ConnectionFailedException(String message, boolean refused, Throwable cause) {
    this(message, refused, false, cause);
  }

  private ConnectionFailedException(
      String message, boolean refused, boolean transientState, Throwable cause) {
    super(message, cause);
    this.refused = refused;
    this.transientState = transientState;
  }

  /**
   * The target answered but was caught in a passing state: the connection was lost while it was
   * being set up, or its RMI registry had no connector bound (a target restarting its JMX
   * connector, say). Another attempt a moment later may not meet it.
   */
  public static ConnectionFailedException transientState(String message, Throwable cause) {
    return new ConnectionFailedException(message, false, true, cause);
  }

  /** Whether the target answered but was caught in a passing state; see {@link #transientState}. */
  public boolean transientState() {
    return transientState;
  }

  /** Whether nothing listens at the address (the target is gone rather than unreachable). */
  public boolean refused() {
    return refused;
  }
}
