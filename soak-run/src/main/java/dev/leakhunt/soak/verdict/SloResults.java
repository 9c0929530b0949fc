package dev.leakhunt.soak.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client-side SLO outcome. Gatling 3.14+ writes no machine-readable results, so the outcome is
 * Gatling's exit code (a broken assertion makes it non-zero) and the per-assertion detail comes
 * from the assertion lines Gatling prints at the end of its console output, e.g. {@code Global:
 * 99th percentile of response time is less than 1000.0 : true (actual : 12.0)}.
 */
public final class SloResults {
  /** Suite name in reports and JUnit XML. */
  public static final String SUITE = "slo";

  private static final Pattern ASSERTION =
      Pattern.compile("^(?:> )?(.+?) : (true|false)(?: \\(actual : (.*)\\))?\\s*$");

  private SloResults() {}

  /**
   * Checks from Gatling's exit code and console output.
   *
   * @param gatlingExitCode Gatling's exit code, or null when it did not end
   * @param consoleLines Gatling's output
   */
  public static List<CheckResult> from(Integer gatlingExitCode, List<String> consoleLines) {
    List<CheckResult> results = new ArrayList<>();
    for (String line : consoleLines) {
      Matcher matcher = ASSERTION.matcher(line);
      if (matcher.matches() && line.contains(": ")) {
        String statement = matcher.group(1).strip();
        String actual = matcher.group(3);
        results.add(
            CheckResult.of(
                SUITE,
                statement,
                Boolean.parseBoolean(matcher.group(2)),
                statement + (actual == null ? "" : " (actual: " + actual + ")")));
      }
    }
    boolean exitedCleanly = gatlingExitCode != null && gatlingExitCode == 0;
    boolean anyAssertionFailed = results.stream().anyMatch(CheckResult::failed);
    if (!exitedCleanly && !anyAssertionFailed) {
      results.add(
          CheckResult.of(
              SUITE,
              "gatling-run",
              false,
              gatlingExitCode == null
                  ? "Gatling did not finish"
                  : "Gatling exited with "
                      + gatlingExitCode
                      + " without a failed assertion (crash or bad arguments); see its log"));
    }
    if (results.isEmpty()) {
      results.add(
          CheckResult.passed(
              SUITE, "gatling-run", "Gatling exited with 0 but printed no assertion lines"));
    }
    return List.copyOf(results);
  }

  /**
   * The SLO outcome of a load the analyzer stopped on a certain leak: Gatling was ended before its
   * assertions ran, so no SLO was asserted, which is neither a pass nor a failure.
   */
  public static List<CheckResult> stoppedEarly(String when) {
    return List.of(
        CheckResult.skipped(
            SUITE,
            "gatling-run",
            "the load was stopped at "
                + when
                + " because the leak verdict was already certain (--stop-early); no SLO asserted"));
  }
}
