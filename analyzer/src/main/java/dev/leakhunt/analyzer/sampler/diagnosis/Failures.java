package dev.leakhunt.analyzer.sampler.diagnosis;

/** Describes why a remote call failed in one line, from the innermost cause that says so. */
final class Failures {
  private Failures() {}

  static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    String type = cause.getClass().getSimpleName();
    return message == null || message.isBlank()
        ? type
        : type + ": " + message.lines().findFirst().orElse("");
  }
}
