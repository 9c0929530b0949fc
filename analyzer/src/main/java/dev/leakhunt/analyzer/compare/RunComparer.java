package dev.leakhunt.analyzer.compare;

import dev.leakhunt.analyzer.diagnosis.model.ClassGrowth;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.evidence.FigureKind;
import dev.leakhunt.analyzer.evidence.KeyFigure;
import dev.leakhunt.analyzer.evidence.RunEvidence;
import dev.leakhunt.analyzer.evidence.RunFigures;
import dev.leakhunt.contract.run.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares a run with its baseline figure by figure (see {@link RegressionRules}), then lists the
 * classes that grew and the leak fingerprints that are new since the baseline.
 */
public final class RunComparer {
  private final RegressionRules rules;

  public RunComparer(RegressionRules rules) {
    this.rules = rules;
  }

  /** Compares {@code run} with {@code baseline}. */
  public RunComparison compare(RunEvidence baseline, RunEvidence run) {
    Map<String, KeyFigure> before = byId(RunFigures.of(baseline));
    Map<String, KeyFigure> after = byId(RunFigures.of(run));
    long elapsedMs = LiveSetFloor.commonElapsedMs(baseline, run);
    putIfPresent(before, LiveSetFloor.at(baseline, elapsedMs));
    putIfPresent(after, LiveSetFloor.at(run, elapsedMs));
    FigureJudge judge = new FigureJudge(rules);
    List<FigureComparison> figures = new ArrayList<>();
    for (KeyFigure figure : after.values()) {
      figures.add(judge.judge(before.get(figure.id()), figure));
    }
    for (KeyFigure figure : before.values()) {
      if (!after.containsKey(figure.id())) {
        figures.add(judge.judge(figure, null));
      }
    }
    List<String> notes = new ArrayList<>();
    baseline.notes().forEach(note -> notes.add("baseline: " + note));
    run.notes().forEach(note -> notes.add("run: " + note));
    String machines = machineDifference(baseline, run);
    if (machines != null) {
      notes.add(machines);
    }
    Outcome outcome = outcome(figures);
    return new RunComparison(
        outcome,
        reason(outcome, figures, baseline),
        baseline,
        run,
        rules,
        figures,
        classGrowth(baseline.diagnosis(), run.diagnosis()),
        newFingerprints(baseline.diagnosis(), run.diagnosis()),
        notes);
  }

  private static Map<String, KeyFigure> byId(List<KeyFigure> figures) {
    Map<String, KeyFigure> byId = new LinkedHashMap<>();
    figures.forEach(figure -> byId.put(figure.id(), figure));
    return byId;
  }

  private static void putIfPresent(Map<String, KeyFigure> figures, KeyFigure figure) {
    if (figure != null) {
      figures.put(figure.id(), figure);
    }
  }

  private static Outcome outcome(List<FigureComparison> figures) {
    if (figures.stream().anyMatch(f -> f.change() == Change.REGRESSION)) {
      return Outcome.FAIL;
    }
    boolean compared =
        figures.stream()
            .anyMatch(f -> f.change() == Change.UNCHANGED || f.change() == Change.IMPROVEMENT);
    return compared && missingSlopes(figures).isEmpty() ? Outcome.PASS : Outcome.INCONCLUSIVE;
  }

  /**
   * Slopes only one run has: a resource one run could not judge (too little data) cannot be shown
   * not to leak more, so the comparison cannot pass.
   */
  private static List<String> missingSlopes(List<FigureComparison> figures) {
    return figures.stream()
        .filter(f -> f.change() == Change.NOT_COMPARABLE && f.any().kind() == FigureKind.SLOPE)
        .map(
            f ->
                f.label()
                    + " ("
                    + (f.run() == null ? "not in the run" : "not in the baseline")
                    + ")")
        .toList();
  }

  private static String reason(
      Outcome outcome, List<FigureComparison> figures, RunEvidence baseline) {
    List<String> parts = new ArrayList<>();
    String regressions =
        figures.stream()
            .filter(f -> f.change() == Change.REGRESSION)
            .map(FigureComparison::why)
            .collect(Collectors.joining("; "));
    if (!regressions.isEmpty()) {
      parts.add("regression against " + baseline.label() + ": " + regressions);
    }
    String improvements =
        figures.stream()
            .filter(f -> f.change() == Change.IMPROVEMENT)
            .map(FigureComparison::why)
            .collect(Collectors.joining("; "));
    if (!improvements.isEmpty()) {
      parts.add("improvement: " + improvements);
    }
    if (outcome == Outcome.PASS && regressions.isEmpty()) {
      long ruled =
          figures.stream()
              .filter(f -> f.change() == Change.UNCHANGED || f.change() == Change.IMPROVEMENT)
              .count();
      parts.add(
          0, "no regression against " + baseline.label() + " (" + ruled + " figures compared)");
    }
    if (outcome == Outcome.INCONCLUSIVE) {
      List<String> missing = missingSlopes(figures);
      parts.add(
          missing.isEmpty()
              ? "no ruled figure is in both runs, so nothing could be compared"
              : "a resource was judged in one run only, so a leak regression cannot be ruled out: "
                  + String.join(", ", missing));
    }
    return String.join("; ", parts) + ".";
  }

  private static String machineDifference(RunEvidence baseline, RunEvidence run) {
    var before = baseline.verdict().run().identity().machine();
    var after = run.verdict().run().identity().machine();
    if (before == null || after == null || before.equals(after)) {
      return null;
    }
    return "the runs were measured on different machines ("
        + before.hostName()
        + ", "
        + before.cores()
        + " cores vs "
        + after.hostName()
        + ", "
        + after.cores()
        + " cores): latency and GC figures may differ for that reason alone";
  }

  /** The run's class growth (diagnosis {@code classGrowth}) beside the baseline's. */
  static List<ClassGrowthChange> classGrowth(Diagnosis baseline, Diagnosis run) {
    Map<String, Double> before = new HashMap<>();
    for (ClassGrowth row : classGrowthOf(baseline)) {
      before.put(row.className(), row.bytesPerHour());
    }
    List<ClassGrowthChange> changes = new ArrayList<>();
    for (ClassGrowth row : classGrowthOf(run)) {
      changes.add(
          new ClassGrowthChange(row.className(), row.bytesPerHour(), before.get(row.className())));
    }
    return changes;
  }

  /**
   * Leak fingerprints ({@code diagnosis.suspects[*].trace.fingerprint}) of the run that the
   * baseline lacks; empty when the diagnosis carries no fingerprints (analyzers before them).
   */
  static List<NewFingerprint> newFingerprints(Diagnosis baseline, Diagnosis run) {
    Set<String> known = new HashSet<>();
    for (Suspect suspect : suspectsOf(baseline)) {
      String fingerprint = fingerprint(suspect);
      if (!fingerprint.isEmpty()) {
        known.add(fingerprint);
      }
    }
    List<NewFingerprint> fresh = new ArrayList<>();
    for (Suspect suspect : suspectsOf(run)) {
      String fingerprint = fingerprint(suspect);
      if (!fingerprint.isEmpty() && known.add(fingerprint)) {
        fresh.add(new NewFingerprint(fingerprint, suspect.name(), suspect.resource()));
      }
    }
    return fresh;
  }

  private static List<ClassGrowth> classGrowthOf(Diagnosis diagnosis) {
    return diagnosis == null ? List.of() : diagnosis.classGrowth();
  }

  private static List<Suspect> suspectsOf(Diagnosis diagnosis) {
    return diagnosis == null ? List.of() : diagnosis.suspects();
  }

  private static String fingerprint(Suspect suspect) {
    return suspect.trace() == null || suspect.trace().fingerprint() == null
        ? ""
        : suspect.trace().fingerprint();
  }
}
