package dev.leakhunt.analyzer.history;

import dev.leakhunt.analyzer.compare.Change;

/**
 * The first run where a figure moved beyond its noise, with the range to bisect.
 *
 * @param figureId the figure's id
 * @param label the figure's label
 * @param runIndex index of the first changed run in the sorted history, 0-based
 * @param direction {@link Change#REGRESSION} (worse) or {@link Change#IMPROVEMENT} (better)
 * @param lastBefore label of the last run before the change (the good end of a bisection)
 * @param firstAfter label of the first run after it (the bad end of a bisection)
 * @param bisectTags the tags that differ between those two runs, {@code KEY: before -> after}
 * @param why one sentence with the figures: the run's value against the band of the runs before
 */
public record ChangePoint(
    String figureId,
    String label,
    int runIndex,
    Change direction,
    String lastBefore,
    String firstAfter,
    java.util.List<String> bisectTags,
    String why) {
  public ChangePoint {
    bisectTags = java.util.List.copyOf(bisectTags);
  }
}
