package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.ResourceSeries;
import java.time.Duration;

/** Judges one resource's series over the window that starts at {@code windowStartMs}. */
@FunctionalInterface
public interface SeriesJudge {
  /**
   * The verdict of one series against one threshold.
   *
   * @param minBucketWidth narrowest reduction bucket: the sampling (or probe) period, so every
   *     bucket holds at least one real measurement
   */
  ResourceVerdict judge(
      ResourceSeries series, long windowStartMs, Threshold threshold, Duration minBucketWidth);
}
