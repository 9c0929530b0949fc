package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.ResourceSeries;

/** Judges one resource's series over the window that starts at {@code windowStartMs}. */
@FunctionalInterface
public interface SeriesJudge {
  /** The verdict of one series against one threshold. */
  ResourceVerdict judge(ResourceSeries series, long windowStartMs, Threshold threshold);
}
