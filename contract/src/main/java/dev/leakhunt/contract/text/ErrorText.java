package dev.leakhunt.contract.text;

/**
 * A failure in one line, for the one-line errors and notes every module prints: the first line of
 * the message (a JMX or JFR message can span a stack's worth of lines), or the exception's simple
 * name when it has none.
 */
public final class ErrorText {
  private ErrorText() {}

  /** The first line of {@code failure}'s message, or its simple class name when it has none. */
  public static String oneLine(Throwable failure) {
    String message = failure.getMessage();
    return message == null ? failure.getClass().getSimpleName() : firstLine(message);
  }

  /** {@link #oneLine} of the innermost cause: what a wrapped remote call really ran into. */
  public static String ofRootCause(Throwable failure) {
    return oneLine(rootCause(failure));
  }

  /**
   * The type and the first line, {@code SocketException: Connection reset}, for logs where the type
   * says as much as the message; the type alone when the message is missing or blank.
   */
  public static String typed(Throwable failure) {
    String message = failure.getMessage();
    String type = failure.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + firstLine(message);
  }

  /** The innermost cause of {@code failure} (itself when it has none). */
  public static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String firstLine(String message) {
    return message.lines().findFirst().orElse("");
  }
}
