package dev.leakhunt.analyzer.compare;

import dev.leakhunt.analyzer.evidence.RunEvidence;
import dev.leakhunt.contract.run.Outcome;
import java.util.List;

/**
 * A run compared with its baseline: the source of {@code compare.json}, {@code compare.html} and
 * {@code junit-compare.xml}.
 *
 * @param outcome FAIL when any figure regressed; PASS when none did and at least one ruled figure
 *     was compared; INCONCLUSIVE when no ruled figure is in both runs
 * @param reason one sentence naming each regression (and improvement) with its figures
 * @param baseline the baseline run
 * @param run the compared run
 * @param rules the rules applied
 * @param figures every key figure of either run, in the run's order, then the baseline's extra ones
 * @param classGrowth the classes that grew in the run's diagnosis, with the baseline's growth
 * @param newFingerprints leak fingerprints the run's diagnosis has and the baseline's has not
 * @param notes what could not be read or compared, one sentence each
 */
public record RunComparison(
    Outcome outcome,
    String reason,
    RunEvidence baseline,
    RunEvidence run,
    RegressionRules rules,
    List<FigureComparison> figures,
    List<ClassGrowthChange> classGrowth,
    List<NewFingerprint> newFingerprints,
    List<String> notes) {
  public RunComparison {
    figures = List.copyOf(figures);
    classGrowth = List.copyOf(classGrowth);
    newFingerprints = List.copyOf(newFingerprints);
    notes = List.copyOf(notes);
  }

  /** The figures that regressed. */
  public List<FigureComparison> regressions() {
    return figures.stream().filter(f -> f.change() == Change.REGRESSION).toList();
  }

  /** The figures that improved. */
  public List<FigureComparison> improvements() {
    return figures.stream().filter(f -> f.change() == Change.IMPROVEMENT).toList();
  }
}
