package dev.leakhunt.analyzer.history;

import dev.leakhunt.analyzer.compare.RegressionRules;
import dev.leakhunt.analyzer.evidence.KeyFigure;
import dev.leakhunt.analyzer.evidence.RunEvidence;
import dev.leakhunt.analyzer.evidence.RunFigures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Puts runs in start order, lines their key figures up and finds each figure's change points. */
public final class HistoryBuilder {
  private final RegressionRules rules;

  public HistoryBuilder(RegressionRules rules) {
    this.rules = rules;
  }

  /** The history of {@code runs}, given in any order. */
  public RunHistory build(List<RunEvidence> runs) {
    List<RunEvidence> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingLong(run -> run.verdict().run().startMs()));
    Map<String, KeyFigure[]> byId = new LinkedHashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      for (KeyFigure figure : RunFigures.of(sorted.get(i))) {
        byId.computeIfAbsent(figure.id(), id -> new KeyFigure[sorted.size()])[i] = figure;
      }
    }
    ChangePointFinder finder = new ChangePointFinder(rules);
    List<FigureHistory> figures = new ArrayList<>();
    List<ChangePoint> all = new ArrayList<>();
    for (KeyFigure[] series : byId.values()) {
      List<KeyFigure> perRun = java.util.Arrays.asList(series);
      KeyFigure any = perRun.stream().filter(Objects::nonNull).findFirst().orElseThrow();
      List<ChangePoint> changes = new ArrayList<>();
      for (ChangePointFinder.Found found : finder.find(perRun)) {
        changes.add(changePoint(any, found, sorted));
      }
      figures.add(
          new FigureHistory(any.id(), any.label(), any.kind(), any.unit(), perRun, changes));
      all.addAll(changes);
    }
    // Ruled figures first (slopes, latency, load), then the shown ones; stable within a kind.
    figures.sort(Comparator.comparingInt(figure -> figure.kind().ordinal()));
    all.sort(Comparator.comparingInt(ChangePoint::runIndex));
    return new RunHistory(sorted, figures, all, rules);
  }

  private static ChangePoint changePoint(
      KeyFigure figure, ChangePointFinder.Found found, List<RunEvidence> runs) {
    RunEvidence before = runs.get(found.index() - 1);
    RunEvidence after = runs.get(found.index());
    return new ChangePoint(
        figure.id(),
        figure.label(),
        found.index(),
        found.direction(),
        before.label(),
        after.label(),
        differingTags(before, after),
        found.why());
  }

  /** The tags that differ between two runs: what changed between them, to bisect. */
  static List<String> differingTags(RunEvidence before, RunEvidence after) {
    Map<String, String> a = before.verdict().run().identity().tags();
    Map<String, String> b = after.verdict().run().identity().tags();
    Set<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    List<String> differing = new ArrayList<>();
    for (String key : keys) {
      if (!Objects.equals(a.get(key), b.get(key))) {
        differing.add(
            key + ": " + a.getOrDefault(key, "(none)") + " -> " + b.getOrDefault(key, "(none)"));
      }
    }
    return differing;
  }
}
