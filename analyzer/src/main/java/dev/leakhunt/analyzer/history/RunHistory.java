package dev.leakhunt.analyzer.history;

import dev.leakhunt.analyzer.compare.RegressionRules;
import dev.leakhunt.analyzer.evidence.RunEvidence;
import java.util.List;

/**
 * Runs in start order with each key figure's history and change points: the source of {@code
 * history.json} and {@code history.html}.
 *
 * @param runs the runs, oldest first
 * @param figures every key figure any run holds
 * @param changePoints every change point of every figure, in run order
 * @param rules the rules a change point needs to be met
 */
public record RunHistory(
    List<RunEvidence> runs,
    List<FigureHistory> figures,
    List<ChangePoint> changePoints,
    RegressionRules rules) {
  public RunHistory {
    runs = List.copyOf(runs);
    figures = List.copyOf(figures);
    changePoints = List.copyOf(changePoints);
  }
}
