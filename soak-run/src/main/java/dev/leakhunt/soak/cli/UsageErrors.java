package dev.leakhunt.soak.cli;

import dev.leakhunt.contract.duration.DurationText;
import java.time.Duration;
import picocli.CommandLine;

/** The soak commands' usage errors: one line naming the option, the rule and the value. */
final class UsageErrors {
  private UsageErrors() {}

  /** A usage error of {@code commandLine}, which picocli reports as one line and exit code 2. */
  static CommandLine.ParameterException usage(CommandLine commandLine, String message) {
    return new CommandLine.ParameterException(commandLine, message);
  }

  /**
   * Parses a duration option such as {@code 90s}, {@code 10m} or {@code 1m30s}.
   *
   * @throws CommandLine.ParameterException naming {@code option} when {@code text} is no duration
   */
  static Duration duration(CommandLine commandLine, String option, String text) {
    try {
      return DurationText.parse(text);
    } catch (IllegalArgumentException e) {
      throw usage(commandLine, option + ": " + e.getMessage());
    }
  }
}
