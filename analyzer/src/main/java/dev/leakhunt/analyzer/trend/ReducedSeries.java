package dev.leakhunt.analyzer.trend;

/**
 * A series reduced to one value per time bucket, oldest first; what the statistics are fitted to.
 *
 * @param timestampsMs time of each bucket's value, ms since the epoch, strictly increasing
 * @param values the bucket values, series unit
 * @param bucketWidthMs width of every bucket, ms
 * @param inputPointCount how many raw points of the window were reduced
 * @param firstInputMs time of the window's first raw point, ms since the epoch
 * @param lastInputMs time of the window's last raw point, ms since the epoch
 * @param statistic how each bucket was summarised
 */
public record ReducedSeries(
    long[] timestampsMs,
    double[] values,
    long bucketWidthMs,
    int inputPointCount,
    long firstInputMs,
    long lastInputMs,
    BucketStatistic statistic) {

  /** Time from the first to the last raw point of the window, ms. */
  public long spanMs() {
    return lastInputMs - firstInputMs;
  }

  /** Number of buckets that held at least one point. */
  public int size() {
    return values.length;
  }

  /** Hours from {@code originMs} to each bucket's timestamp. */
  public double[] hoursSince(long originMs) {
    double[] hours = new double[timestampsMs.length];
    for (int i = 0; i < hours.length; i++) {
      hours[i] = (timestampsMs[i] - originMs) / 3_600_000.0;
    }
    return hours;
  }

  /** The latest {@code count} buckets (all of them when fewer exist). */
  public ReducedSeries tail(int count) {
    int from = Math.max(0, values.length - count);
    return new ReducedSeries(
        java.util.Arrays.copyOfRange(timestampsMs, from, timestampsMs.length),
        java.util.Arrays.copyOfRange(values, from, values.length),
        bucketWidthMs,
        inputPointCount,
        firstInputMs,
        lastInputMs,
        statistic);
  }
}
