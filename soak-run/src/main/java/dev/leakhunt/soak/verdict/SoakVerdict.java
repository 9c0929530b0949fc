package dev.leakhunt.soak.verdict;

import dev.leakhunt.contract.run.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The combined verdict of a soak: the analyzer's leak verdict, the SLO assertions and the shop's
 * invariants. Exit code: 1 if any of the three failed, else 2 if something could not run, else 3 if
 * the leak verdict was inconclusive, else 0.
 *
 * @param leak the analyzer's verdict
 * @param slo the SLO checks
 * @param invariants the invariant checks (skipped ones do not fail the run)
 * @param setupError what stopped the run from completing, or null
 * @param regression the comparison with the baseline, one check per ruled figure (a regression
 *     fails); empty without {@code --baseline}
 */
public record SoakVerdict(
    LeakVerdict leak,
    List<CheckResult> slo,
    List<CheckResult> invariants,
    String setupError,
    List<CheckResult> regression) {

  /** Copies the lists. */
  public SoakVerdict {
    slo = List.copyOf(slo);
    invariants = List.copyOf(invariants);
    regression = List.copyOf(regression);
  }

  /** A verdict without a baseline comparison. */
  public SoakVerdict(
      LeakVerdict leak, List<CheckResult> slo, List<CheckResult> invariants, String setupError) {
    this(leak, slo, invariants, setupError, List.of());
  }

  /** PASS, FAIL, INCONCLUSIVE or ERROR. */
  public String outcome() {
    int exitCode = exitCode();
    return exitCode == Outcome.ERROR_EXIT_CODE
        ? LeakVerdict.ERROR
        : Outcome.ofExitCode(exitCode).name();
  }

  /** 0 pass, 1 fail, 2 could not run, 3 inconclusive. */
  public int exitCode() {
    if (Outcome.FAIL.name().equals(leak.outcome())
        || anyFailed(slo)
        || anyFailed(invariants)
        || anyFailed(regression)) {
      return Outcome.FAIL.exitCode();
    }
    if (setupError != null || !leak.written()) {
      return Outcome.ERROR_EXIT_CODE;
    }
    return Outcome.INCONCLUSIVE.name().equals(leak.outcome())
        ? Outcome.INCONCLUSIVE.exitCode()
        : Outcome.PASS.exitCode();
  }

  /** The run's closing lines: one per part, then the outcome naming what failed. */
  public List<String> summaryLines() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "leak verdict:   "
            + leak.outcome()
            + (leak.failedResources().isEmpty()
                ? ""
                : " (" + String.join(", ", leak.failedResources()) + ")")
            + " - "
            + leak.reason());
    lines.add("SLO assertions: " + partLine(slo));
    lines.add("invariants:     " + partLine(invariants));
    if (!regression.isEmpty()) {
      lines.add("vs baseline:    " + partLine(regression));
    }
    if (setupError != null) {
      lines.add("error:          " + setupError);
    }
    List<String> failedParts = new ArrayList<>();
    if (Outcome.FAIL.name().equals(leak.outcome())) {
      failedParts.add(
          "leak"
              + (leak.failedResources().isEmpty()
                  ? ""
                  : " (" + String.join(", ", leak.failedResources()) + ")"));
    }
    if (anyFailed(slo)) {
      failedParts.add("SLO (" + failedNames(slo) + ")");
    }
    if (anyFailed(invariants)) {
      failedParts.add("invariants (" + failedNames(invariants) + ")");
    }
    if (anyFailed(regression)) {
      failedParts.add("regression (" + failedNames(regression) + ")");
    }
    lines.add(
        "SOAK "
            + outcome()
            + (failedParts.isEmpty() ? "" : ": " + String.join("; ", failedParts))
            + " (exit code "
            + exitCode()
            + ")");
    return lines;
  }

  private static String partLine(List<CheckResult> checks) {
    if (checks.isEmpty()) {
      return "NOT CHECKED";
    }
    long failed = checks.stream().filter(CheckResult::failed).count();
    long skipped =
        checks.stream().filter(check -> check.status() == CheckResult.Status.SKIPPED).count();
    long held = checks.size() - failed - skipped;
    return (failed > 0 ? "FAIL" : held == 0 ? "SKIPPED" : "PASS")
        + " ("
        + held
        + " of "
        + checks.size()
        + " held"
        + (skipped > 0 ? ", " + skipped + " skipped" : "")
        + (failed > 0 ? "; failed: " + failedNames(checks) : "")
        + ")";
  }

  private static boolean anyFailed(List<CheckResult> checks) {
    return checks.stream().anyMatch(CheckResult::failed);
  }

  private static String failedNames(List<CheckResult> checks) {
    return checks.stream()
        .filter(CheckResult::failed)
        .map(CheckResult::name)
        .collect(Collectors.joining(", "));
  }
}
