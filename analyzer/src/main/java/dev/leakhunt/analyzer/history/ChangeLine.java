package dev.leakhunt.analyzer.history;

import dev.leakhunt.analyzer.compare.Change;

/**
 * The console line {@code history} prints for a change point, e.g. {@code CHANGE WORSE run 4 v1.5:
 * live heap ...; bisect v1.4 .. v1.5}; with several targets the target's name follows the
 * direction, so the line says which one moved.
 */
public final class ChangeLine {
  private ChangeLine() {}

  /** The line of a change in the runs of one target. */
  public static String of(ChangePoint change) {
    return line(change, "");
  }

  /** The line of a change in {@code target}'s runs, among several targets. */
  public static String of(String target, ChangePoint change) {
    return line(change, target + " ");
  }

  private static String line(ChangePoint change, String targetPrefix) {
    return "CHANGE "
        + (change.direction() == Change.REGRESSION ? "WORSE" : "BETTER")
        + " "
        + targetPrefix
        + "run "
        + (change.runIndex() + 1)
        + " "
        + change.firstAfter()
        + ": "
        + change.label()
        + " "
        + change.why()
        + "; bisect "
        + change.lastBefore()
        + " .. "
        + change.firstAfter();
  }
}
