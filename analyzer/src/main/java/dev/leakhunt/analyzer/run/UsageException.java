package dev.leakhunt.analyzer.run;

/** The arguments break a rule; the message gives the rule, the value and the fix. Exit code 2. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
