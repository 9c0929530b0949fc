package dev.leakhunt.contract.run;

/**
 * The judgement of one resource, or of a whole run, and the exit code the analyzer and the soak run
 * end with; the order is the exit code's severity.
 */
public enum Outcome {
  PASS(0),
  FAIL(1),
  INCONCLUSIVE(3);

  /** The exit code of a run that reached no outcome: a usage, connection or setup error. */
  public static final int ERROR_EXIT_CODE = 2;

  private final int exitCode;

  Outcome(int exitCode) {
    this.exitCode = exitCode;
  }

  /** The outcome an exit code of {@link #exitCode()} stands for. */
  public static Outcome ofExitCode(int code) {
    for (Outcome outcome : values()) {
      if (outcome.exitCode == code) {
        return outcome;
      }
    }
    throw new IllegalArgumentException("exit code " + code + " is no outcome (0, 1 or 3)");
  }

  /** The analyzer's process exit code for this outcome: 0 pass, 1 fail, 3 inconclusive. */
  public int exitCode() {
    return exitCode;
  }
}
