package dev.leakhunt.contract.verdict;

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

  /** No pause recorded. */
  public static final GcPauseSummary NONE = new GcPauseSummary(0, 0, 0, 0, 0, 0, 0);
}
