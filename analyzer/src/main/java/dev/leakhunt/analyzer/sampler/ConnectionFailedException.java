package dev.leakhunt.analyzer.sampler;

/** The target could not be reached; the message is one line naming the target and the cause. */
public final class ConnectionFailedException extends Exception {
  private final boolean refused;

  public ConnectionFailedException(String message, boolean refused, Throwable cause) {
    super(message, cause);
    this.refused = refused;
  }

  /** Whether nothing listens at the address (the target is gone rather than unreachable). */
  public boolean refused() {
    return refused;
  }
}
