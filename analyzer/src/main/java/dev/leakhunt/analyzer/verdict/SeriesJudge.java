package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.ResourceSeries;
import dev.leakhunt.analyzer.trend.ReducedSeries;

/** Judges one resource over the window that starts at {@code windowStartMs}. */
@FunctionalInterface
public interface SeriesJudge {
  /**
   * The verdict of one resource against one threshold.
   *
   * @param series the resource's id, unit and capacity (its points may be left out: the run is
   *     streamed, see {@link RunDigest})
   * @param reduced the window's points reduced to buckets no narrower than the sampling (or probe)
   *     period, so every bucket holds at least one real measurement
   */
  ResourceVerdict judge(
      ResourceSeries series, ReducedSeries reduced, long windowStartMs, Threshold threshold);
}
