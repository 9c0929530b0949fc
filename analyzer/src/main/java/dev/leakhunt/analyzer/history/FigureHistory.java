package dev.leakhunt.analyzer.history;

import dev.leakhunt.analyzer.evidence.FigureKind;
import dev.leakhunt.analyzer.evidence.KeyFigure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One key figure across the runs of a history.
 *
 * @param id the figure's id
 * @param label its label
 * @param kind what it measures
 * @param unit its unit
 * @param perRun the figure of each run in history order, null where a run lacks it
 * @param changePoints where it moved beyond its noise, in run order
 */
public record FigureHistory(
    String id,
    String label,
    FigureKind kind,
    String unit,
    List<KeyFigure> perRun,
    List<ChangePoint> changePoints) {
  public FigureHistory {
    perRun = Collections.unmodifiableList(new ArrayList<>(perRun));
    changePoints = List.copyOf(changePoints);
  }

  /** Any of the runs' figures, for its unit and kind. */
  public KeyFigure any() {
    return perRun.stream().filter(f -> f != null).findFirst().orElseThrow();
  }
}
