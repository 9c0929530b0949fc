package dev.leakhunt.soak.verdict;

/**
 * One named check of a run (an invariant or an SLO assertion) and what it found.
 *
 * @param suite the group the check belongs to, e.g. {@code invariants} or {@code slo}
 * @param name stable, human check name, e.g. {@code stock-never-negative}
 * @param status whether it passed, failed or could not be checked
 * @param message the figures behind the status
 */
public record CheckResult(String suite, String name, Status status, String message) {
  /** What a check found. */
  public enum Status {
    PASSED,
    FAILED,
    SKIPPED
  }

  /** A passed check. */
  public static CheckResult passed(String suite, String name, String message) {
    return new CheckResult(suite, name, Status.PASSED, message);
  }

  /** A passed or failed check depending on {@code holds}. */
  public static CheckResult of(String suite, String name, boolean holds, String message) {
    return new CheckResult(suite, name, holds ? Status.PASSED : Status.FAILED, message);
  }

  /** A check that could not be made, with the reason. */
  public static CheckResult skipped(String suite, String name, String reason) {
    return new CheckResult(suite, name, Status.SKIPPED, reason);
  }

  /** Whether the check failed. */
  public boolean failed() {
    return status == Status.FAILED;
  }
}
