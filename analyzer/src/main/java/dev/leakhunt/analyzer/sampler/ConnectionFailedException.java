package dev.leakhunt.analyzer.sampler;

/** The target could not be reached; the message is one line naming the target and the cause. */
public final class ConnectionFailedException extends Exception {
  private final boolean refused;
  private final boolean lostAfterConnect;

  public ConnectionFailedException(String message, boolean refused, Throwable cause) {
    this(message, refused, false, cause);
  }

  private ConnectionFailedException(
      String message, boolean refused, boolean lostAfterConnect, Throwable cause) {
    super(message, cause);
    this.refused = refused;
    this.lostAfterConnect = lostAfterConnect;
  }

  /**
   * The connector connected, then a call on it failed: the connection was lost while it was being
   * set up (a target restarting its JMX connector, say), which another attempt may not meet.
   */
  public static ConnectionFailedException lostAfterConnect(String message, Throwable cause) {
    return new ConnectionFailedException(message, false, true, cause);
  }

  /** Whether the connection was made and then lost while it was being set up. */
  public boolean lostAfterConnect() {
    return lostAfterConnect;
  }

  /** Whether nothing listens at the address (the target is gone rather than unreachable). */
  public boolean refused() {
    return refused;
  }
}
