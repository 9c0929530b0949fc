package dev.leakhunt.analyzer.trend;

/**
 * When the series' floor rose, so a staircase can be told from a plateau: a leak in steps minutes
 * apart is flat between steps, and a flat recent stretch shorter than the pauses between earlier
 * steps is no evidence that the growth stopped.
 *
 * <p>The floor is the lower envelope read from the end (the minimum of each bucket and all later
 * ones), so a spike never counts as a rise and a drop undoes nothing already risen. A rise is the
 * envelope climbing since the previous rise (or the window's first bucket) by more than both:
 *
 * <ul>
 *   <li>three times the noise of a bucket-to-bucket difference, read robustly from second
 *       differences (see {@link #robustSpreadOfDifferences}): steps of a staircase are outliers
 *       among them, noise is not;
 *   <li>what the practical limit lets the floor grow over that time: a step of h after a pause of P
 *       belongs to a staircase that matters only when h / P reaches the limit, so smaller climbs
 *       are growth under the limit, which the recent slope's upper bound already weighs.
 * </ul>
 *
 * <p>Why the second: a forced-GC live set is nearly exact, so on a quiet floor the noise reads as a
 * few hundred bytes and every few KiB the target keeps (a connection's buffers, an interned string)
 * counted as a rise. A filled cache then showed rises up to a minute apart until the window's end
 * and was never accepted as levelled off (a 25 MiB cache in a 256 MiB heap: bumps of 1-6 KiB,
 * 0.1-0.5 MiB/h, against a 5.12 MiB/h limit). Every step of a staircase growing at or above the
 * limit still counts, whatever the noise: its steps h after pauses P have h / P at or above it.
 *
 * @param riseCount how many rises the window holds
 * @param longestPauseMs longest time between two consecutive rises, 0 with fewer than two rises
 * @param quietSinceLastRiseMs time from the last rise (or the window's first bucket when there was
 *     none) to the last bucket
 * @param bucketsSinceLastRise buckets from the last rise's (included) to the last
 */
public record RiseHistory(
    int riseCount, long longestPauseMs, long quietSinceLastRiseMs, int bucketsSinceLastRise) {

  /** Reads the rises of {@code reduced} by noise alone, as if every climb mattered. */
  public static RiseHistory of(ReducedSeries reduced) {
    return of(reduced, 0);
  }

  /**
   * Reads the rises of {@code reduced} that matter against {@code limitPerHour}.
   *
   * @param limitPerHour the practical limit, series unit per hour, zero or positive: a climb slower
   *     than this since the previous rise is not a rise
   */
  public static RiseHistory of(ReducedSeries reduced, double limitPerHour) {
    if (!(limitPerHour >= 0)) {
      throw new IllegalArgumentException(
          "limitPerHour must be zero or positive (got " + limitPerHour + ")");
    }
    double[] values = reduced.values();
    long[] times = reduced.timestampsMs();
    int n = values.length;
    if (n < 2) {
      return new RiseHistory(0, 0, 0, n);
    }
    double[] envelope = new double[n];
    envelope[n - 1] = values[n - 1];
    for (int i = n - 2; i >= 0; i--) {
      envelope[i] = Math.min(values[i], envelope[i + 1]);
    }
    double noiseStep = 3 * robustSpreadOfDifferences(values);
    int rises = 0;
    long longestPause = 0;
    long lastRiseMs = times[0];
    int lastRise = 0;
    double level = envelope[0];
    for (int i = 1; i < n; i++) {
      double allowed = limitPerHour * (times[i] - lastRiseMs) / 3_600_000.0;
      if (envelope[i] - level > Math.max(noiseStep, allowed)) {
        if (rises > 0) {
          longestPause = Math.max(longestPause, times[i] - lastRiseMs);
        }
        rises++;
        lastRiseMs = times[i];
        lastRise = i;
        level = envelope[i];
      }
    }
    return new RiseHistory(rises, longestPause, times[n - 1] - lastRiseMs, n - lastRise);
  }

  /**
   * The spread of the difference of two buckets' noise, from second differences: a steady rise (a
   * cache filling, a linear leak) adds nothing to them and a step only two outliers, so the
   * estimate stays the noise's. For white noise of deviation s, a second difference has deviation
   * s·√6 and a first difference s·√2.
   */
  private static double robustSpreadOfDifferences(double[] values) {
    if (values.length < 3) {
      return 0;
    }
    double[] second = new double[values.length - 2];
    for (int i = 2; i < values.length; i++) {
      second[i - 2] = values[i] - 2 * values[i - 1] + values[i - 2];
    }
    double median = median(second);
    double[] deviations = new double[second.length];
    for (int i = 0; i < second.length; i++) {
      deviations[i] = Math.abs(second[i] - median);
    }
    return 1.4826 * median(deviations) * Math.sqrt(2.0 / 6.0);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
