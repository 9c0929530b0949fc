package dev.leakhunt.analyzer.evidence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator's own figures, read from its console output (the watch's {@code command.log}):
 * Gatling 3.14+ writes no machine-readable statistics, but prints a "Global Information" block
 * ({@code > request count 584 (OK=584 KO=0 )}, {@code > response time 99th percentile 12 (...)})
 * and, for asserted bounds, lines like {@code Global: 99th percentile of response time is less than
 * 1000.0 : true (actual : 7.0)}.
 *
 * @param p99Ms the p99 response time over all requests, ms, or NaN when not printed
 * @param errorPercent failed requests in percent of all, or NaN when not printed
 * @param requests number of requests, or -1 when not printed
 */
public record LoadFigures(double p99Ms, double errorPercent, long requests) {
  private static final Pattern REQUEST_COUNT =
      Pattern.compile("request count\\s+(\\d+)\\s*\\(OK=(\\d+)\\s+KO=(\\d+|-)\\s*\\)");
  private static final Pattern P99 =
      Pattern.compile("response time 99th percentile\\s+(\\d+(?:\\.\\d+)?)");
  private static final Pattern ASSERTED_P99 =
      Pattern.compile(
          "Global: 99th percentile of response time .* : (?:true|false) \\(actual : ([0-9.]+)\\)");
  private static final Pattern ASSERTED_FAILED_PERCENT =
      Pattern.compile(
          "Global: percentage of failed events .* : (?:true|false) \\(actual : ([0-9.]+)\\)");

  /** Whether any figure was found. */
  public boolean any() {
    return !Double.isNaN(p99Ms) || !Double.isNaN(errorPercent);
  }

  /** Reads the figures from console lines; the last block printed wins. */
  public static LoadFigures parse(List<String> lines) {
    double p99 = Double.NaN;
    double errors = Double.NaN;
    long requests = -1;
    for (String line : lines) {
      Matcher count = REQUEST_COUNT.matcher(line);
      if (count.find()) {
        requests = Long.parseLong(count.group(1));
        long failed = count.group(3).equals("-") ? 0 : Long.parseLong(count.group(3));
        errors = requests == 0 ? Double.NaN : 100.0 * failed / requests;
        continue;
      }
      Matcher percentile = P99.matcher(line);
      if (percentile.find()) {
        p99 = Double.parseDouble(percentile.group(1));
        continue;
      }
      Matcher asserted = ASSERTED_P99.matcher(line);
      if (asserted.find() && Double.isNaN(p99)) {
        p99 = Double.parseDouble(asserted.group(1));
        continue;
      }
      Matcher failedPercent = ASSERTED_FAILED_PERCENT.matcher(line);
      if (failedPercent.find() && Double.isNaN(errors)) {
        errors = Double.parseDouble(failedPercent.group(1));
      }
    }
    return new LoadFigures(p99, errors, requests);
  }
}
