package dev.leakhunt.analyzer.verdict;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of the target's GC pauses over the run, in milliseconds.
 *
 * @param count number of pauses
 * @param p50Ms median pause
 * @param p90Ms 90th percentile
 * @param p99Ms 99th percentile
 * @param p999Ms 99.9th percentile
 * @param maxMs longest pause
 * @param totalMs sum of all pauses
 */
public record GcPauseSummary(
    long count,
    double p50Ms,
    double p90Ms,
    double p99Ms,
    double p999Ms,
    double maxMs,
    double totalMs) {

  private static final double NANOS_PER_MS = 1_000_000.0;

  /** Summarizes a histogram of pauses recorded in nanoseconds. */
  public static GcPauseSummary ofNanos(Histogram pausesNanos) {
    if (pausesNanos.getTotalCount() == 0) {
      return new GcPauseSummary(0, 0, 0, 0, 0, 0, 0);
    }
    return new GcPauseSummary(
        pausesNanos.getTotalCount(),
        pausesNanos.getValueAtPercentile(50) / NANOS_PER_MS,
        pausesNanos.getValueAtPercentile(90) / NANOS_PER_MS,
        pausesNanos.getValueAtPercentile(99) / NANOS_PER_MS,
        pausesNanos.getValueAtPercentile(99.9) / NANOS_PER_MS,
        pausesNanos.getMaxValue() / NANOS_PER_MS,
        pausesNanos.getMean() * pausesNanos.getTotalCount() / NANOS_PER_MS);
  }
}
