package dev.leakhunt.analyzer.compare;

import dev.leakhunt.analyzer.evidence.KeyFigure;

/**
 * One key figure in both runs and how it moved.
 *
 * @param baseline the baseline's figure, or null when it has none
 * @param run the run's figure, or null when it has none
 * @param change the judgement
 * @param practicalDelta the smallest change that matters for this figure, or NaN when unruled
 * @param why one sentence with the figures behind the judgement
 */
public record FigureComparison(
    KeyFigure baseline, KeyFigure run, Change change, double practicalDelta, String why) {

  /** The figure's label, from whichever run has it. */
  public String label() {
    return run != null ? run.label() : baseline.label();
  }

  /** The figure's id, from whichever run has it. */
  public String id() {
    return run != null ? run.id() : baseline.id();
  }

  /** The figure as either run has it, the run's first (for units and kind). */
  public KeyFigure any() {
    return run != null ? run : baseline;
  }

  /** Run minus baseline, or NaN when either is missing. */
  public double difference() {
    return run == null || baseline == null ? Double.NaN : run.value() - baseline.value();
  }
}
