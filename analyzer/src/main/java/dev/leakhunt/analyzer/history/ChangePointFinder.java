package dev.leakhunt.analyzer.history;

import dev.leakhunt.analyzer.compare.Change;
import dev.leakhunt.analyzer.compare.RegressionRules;
import dev.leakhunt.analyzer.evidence.FigureText;
import dev.leakhunt.analyzer.evidence.KeyFigure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds where a figure moved beyond its noise across runs, with an interval rule in the spirit of
 * E-Divisive (the change-point detector of performance CI, e.g. Apache Otava) but decidable on a
 * handful of runs: runs are split into segments of the same level; the first segment starts at the
 * oldest run. A run starts a new segment when
 *
 * <ol>
 *   <li>it lies beyond the segment's noise band: its interval (or, for figures without one, its
 *       value) lies wholly above the highest upper bound of the segment's runs, or wholly below the
 *       lowest lower bound; and
 *   <li>its value differs from the segment's median by at least the practical delta of {@link
 *       RegressionRules} (the same one {@code compare} applies).
 * </ol>
 *
 * <p>A rise is a {@link Change#REGRESSION}, a fall an {@link Change#IMPROVEMENT}. Unlike
 * E-Divisive, one changed run suffices (nightly CI must say which build made it worse the morning
 * after), at the price of flagging a one-night outlier; its interval must then clear every earlier
 * run's, which an ordinary noisy night does not. Figures without a rule are not searched.
 */
final class ChangePointFinder {
  private final RegressionRules rules;

  ChangePointFinder(RegressionRules rules) {
    this.rules = rules;
  }

  /**
   * Indexes and directions of the change points of one figure's series (null = missing). Slopes are
   * searched as growth only, clamped at zero ({@link RegressionRules#growthOnly}): a flat run after
   * falling ones is no change.
   */
  List<Found> find(List<KeyFigure> measured) {
    List<KeyFigure> series = measured.stream().map(RegressionRules::growthOnly).toList();
    List<Found> found = new ArrayList<>();
    int segmentStart = -1;
    for (int i = 0; i < series.size(); i++) {
      KeyFigure figure = series.get(i);
      if (figure == null || !figure.kind().ruled()) {
        continue;
      }
      if (segmentStart < 0) {
        segmentStart = i;
        continue;
      }
      List<KeyFigure> segment =
          series.subList(segmentStart, i).stream().filter(f -> f != null).toList();
      if (segment.isEmpty()) {
        continue;
      }
      double bandLow = segment.stream().mapToDouble(ChangePointFinder::low).min().orElseThrow();
      double bandHigh = segment.stream().mapToDouble(ChangePointFinder::high).max().orElseThrow();
      double level = median(segment.stream().mapToDouble(KeyFigure::value).toArray());
      double delta = rules.practicalDelta(figure, level);
      Change direction = null;
      if (low(figure) > bandHigh && figure.value() - level >= delta) {
        direction = Change.REGRESSION;
      } else if (high(figure) < bandLow && level - figure.value() >= delta) {
        direction = Change.IMPROVEMENT;
      }
      if (direction != null) {
        found.add(
            new Found(
                i,
                direction,
                FigureText.withInterval(measured.get(i))
                    + " against "
                    + FigureText.amount(figure, bandLow)
                    + " to "
                    + FigureText.amount(figure, bandHigh)
                    + " in the "
                    + segment.size()
                    + " run(s) before (median "
                    + FigureText.amount(figure, level)
                    + ", practical delta "
                    + FigureText.difference(figure, delta).replace("+", "")
                    + ")"));
        segmentStart = i;
      }
    }
    return found;
  }

  private static double low(KeyFigure figure) {
    return figure.hasInterval() ? figure.lower() : figure.value();
  }

  private static double high(KeyFigure figure) {
    return figure.hasInterval() ? figure.upper() : figure.value();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  /**
   * One change point of a series.
   *
   * @param index the run where the figure changed
   * @param direction rise (REGRESSION) or fall (IMPROVEMENT)
   * @param why the figures behind it
   */
  record Found(int index, Change direction, String why) {}
}
