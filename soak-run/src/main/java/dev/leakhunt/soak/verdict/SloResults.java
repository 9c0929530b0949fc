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

  /**
   * Checks from the merged response-time histogram of every injector: the run's p99 against its
   * bound (below, as Gatling's {@code lt}), the failed-request share against its budget (none at
   * all for a zero budget), and at least one successful request; plus one failed {@code
   * gatling-run} check per injector whose Gatling did not exit 0 (it asserts nothing itself, so
   * that is a crash).
   *
   * @param p99BoundMs the p99 the run must stay under, ms
   * @param maxErrorPercent the failed-request budget, percent
   * @param exitCodes each injector's Gatling exit code by injector index (null: did not end)
   */
  public static List<CheckResult> fromLatency(
      dev.leakhunt.soak.load.ClientLatency latency,
      int p99BoundMs,
      double maxErrorPercent,
      java.util.Map<Integer, Integer> exitCodes) {
    List<CheckResult> results = new ArrayList<>();
    String over =
        String.format(
            java.util.Locale.ROOT,
            " over %,d requests from %d injector(s), merged HdrHistogram",
            latency.requests(),
            latency.injectors());
    results.add(
        CheckResult.of(
            SUITE,
            "p99 response time < " + p99BoundMs + " ms",
            latency.p99Ms() < p99BoundMs,
            "p99 "
                + latency.p99Ms()
                + " ms (p50 "
                + latency.p50Ms()
                + ", max "
                + latency.maxMs()
                + " ms)"
                + over));
    String failed =
        String.format(
            java.util.Locale.ROOT,
            "%,d failed (%.3f %%)%s",
            latency.failedRequests(),
            latency.failedPercent(),
            over);
    results.add(
        maxErrorPercent == 0
            ? CheckResult.of(SUITE, "no failed requests", latency.failedRequests() == 0, failed)
            : CheckResult.of(
                SUITE,
                "failed requests <= " + maxErrorPercent + " %",
                latency.failedPercent() <= maxErrorPercent,
                failed));
    results.add(
        CheckResult.of(
            SUITE,
            "at least one successful request",
            latency.requests() > latency.failedRequests(),
            (latency.requests() - latency.failedRequests()) + " successful" + over));
    exitCodes.forEach(
        (index, exitCode) -> {
          if (exitCode == null || exitCode != 0) {
            results.add(
                CheckResult.of(
                    SUITE,
                    exitCodes.size() == 1 ? "gatling-run" : "gatling-run injector-" + index,
                    false,
                    exitCode == null
                        ? "Gatling did not finish"
                        : "Gatling exited with "
                            + exitCode
                            + " (it asserts no SLO itself here: a crash or bad arguments); see its"
                            + " log"));
          }
        });
    return List.copyOf(results);
  }
}
