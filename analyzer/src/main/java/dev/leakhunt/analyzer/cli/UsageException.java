package dev.leakhunt.analyzer.cli;

/** The arguments break a rule; the message gives the rule, the value and the fix. Exit code 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
