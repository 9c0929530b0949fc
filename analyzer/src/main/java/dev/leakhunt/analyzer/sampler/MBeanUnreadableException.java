package dev.leakhunt.analyzer.sampler;

/** A user-named MBean attribute is missing or not numeric; the message is one line. */
public final class MBeanUnreadableException extends RuntimeException {
  public MBeanUnreadableException(String message, Throwable cause) {
    super(message, cause);
  }
}
