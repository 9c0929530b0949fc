package dev.leakhunt.analyzer.compare;

import dev.leakhunt.analyzer.evidence.FigureKind;
import dev.leakhunt.analyzer.evidence.FigureText;
import dev.leakhunt.analyzer.evidence.KeyFigure;

/**
 * Judges how one figure moved between two runs with the {@link RegressionRules}: beyond the noise
 * (intervals that do not overlap, when both runs measured one) and by at least the practical delta.
 * Higher is worse for every ruled figure (growth, latency, errors); slopes count as growth only,
 * clamped at zero ({@link RegressionRules#growthOnly}), while the sentence shows them as measured.
 */
final class FigureJudge {
  private final RegressionRules rules;

  FigureJudge(RegressionRules rules) {
    this.rules = rules;
  }

  FigureComparison judge(KeyFigure baseline, KeyFigure run) {
    if (baseline == null || run == null) {
      return new FigureComparison(
          baseline,
          run,
          Change.NOT_COMPARABLE,
          Double.NaN,
          (run == null ? "not in the run" : "not in the baseline") + ": nothing to compare");
    }
    String figures =
        FigureText.withInterval(run)
            + " vs "
            + FigureText.withInterval(baseline)
            + " in the baseline";
    KeyFigure comparedRun = RegressionRules.growthOnly(run);
    KeyFigure comparedBaseline = RegressionRules.growthOnly(baseline);
    double difference = comparedRun.value() - comparedBaseline.value();
    if (!run.kind().ruled()) {
      return new FigureComparison(
          baseline,
          run,
          Change.SHOWN,
          Double.NaN,
          figures + " (" + FigureText.difference(run, difference) + ", shown, not ruled)");
    }
    double delta = rules.practicalDelta(run, comparedBaseline.value());
    // Figures measured once per run (the load's p99, errors) have no interval: the delta decides.
    // A figure of a kind that has one but lacks it in either run cannot be shown beyond the noise.
    boolean intervals = run.hasInterval() && baseline.hasInterval();
    boolean measuredOnce =
        run.kind() == FigureKind.LOAD_P99 || run.kind() == FigureKind.LOAD_ERRORS;
    boolean beyondAbove = intervals ? comparedRun.lower() > comparedBaseline.upper() : measuredOnce;
    boolean beyondBelow = intervals ? comparedRun.upper() < comparedBaseline.lower() : measuredOnce;
    String deltaText = FigureText.difference(run, delta).replace("+", "");
    if (beyondAbove && difference >= delta) {
      return new FigureComparison(
          baseline,
          run,
          Change.REGRESSION,
          delta,
          run.label()
              + " "
              + figures
              + ": "
              + FigureText.difference(run, difference)
              + (intervals ? ", beyond the baseline's interval" : "")
              + " (practical delta "
              + deltaText
              + ")");
    }
    if (beyondBelow && -difference >= delta) {
      return new FigureComparison(
          baseline,
          run,
          Change.IMPROVEMENT,
          delta,
          run.label()
              + " "
              + figures
              + ": "
              + FigureText.difference(run, difference)
              + (intervals ? ", beyond the baseline's interval" : "")
              + " (practical delta "
              + deltaText
              + ")");
    }
    String why;
    if (Math.abs(difference) < delta) {
      why = "changed by less than the practical delta " + deltaText;
    } else {
      why = "the intervals overlap";
    }
    return new FigureComparison(
        baseline,
        run,
        Change.UNCHANGED,
        delta,
        figures + ": " + FigureText.difference(run, difference) + ", " + why);
  }
}
