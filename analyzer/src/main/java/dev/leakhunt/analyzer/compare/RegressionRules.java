package dev.leakhunt.analyzer.compare;

import dev.leakhunt.analyzer.evidence.FigureKind;
import dev.leakhunt.analyzer.evidence.KeyFigure;
import dev.leakhunt.contract.run.Units;
import java.util.Map;

/**
 * When a figure counts as worse than the baseline's. Every rule needs two things: the change is
 * beyond the noise (for figures with an interval: the run's interval lies wholly above the
 * baseline's, so a bigger point estimate alone is never a regression) and it is large enough to
 * matter (a practical delta). Slopes are compared as growth only, clamped at zero ({@link
 * #growthOnly}). The defaults:
 *
 * <ul>
 *   <li>slope: +8 MiB/h for memory, +10/h for counts, but never less than half the resource's own
 *       leak limit (classes.loaded: 100/h), so a resource is not called worse for a change its own
 *       verdict would wave through;
 *   <li>server-side and client-side latency p99: +20 % and at least +2 ms;
 *   <li>client error rate: +1 percentage point.
 * </ul>
 *
 * @param slopeDeltaBytesPerHour practical delta of memory slopes, bytes/h
 * @param slopeDeltaCountPerHour practical delta of count slopes, per hour
 * @param slopeDeltaByResource per-resource deltas that replace the rule above, unit per hour
 * @param latencyIncreaseFraction relative increase of a latency that matters, e.g. 0.2
 * @param latencyMinIncreaseMs absolute increase of a latency that matters, ms
 * @param errorRateIncreasePoints increase of the error rate that matters, percentage points
 */
public record RegressionRules(
    double slopeDeltaBytesPerHour,
    double slopeDeltaCountPerHour,
    Map<String, Double> slopeDeltaByResource,
    double latencyIncreaseFraction,
    double latencyMinIncreaseMs,
    double errorRateIncreasePoints) {
  private static final double MIB = 1024.0 * 1024.0;

  public RegressionRules {
    slopeDeltaByResource = Map.copyOf(slopeDeltaByResource);
  }

  /** The documented defaults. */
  public static RegressionRules defaults() {
    return new RegressionRules(8 * MIB, 10, Map.of(), 0.20, 2.0, 1.0);
  }

  /**
   * The figure as the rules compare it: a slope with its value and interval clamped at zero, since
   * only growth leaks; any other figure as it is (null stays null).
   *
   * <p>A slope that fell in one run (a pool shrinking after warm-up, descriptors closed after a
   * burst) is no better than a flat one: compared as measured, {@code history} called a flat {@code
   * fd.open} (+0/h) worse than a baseline whose descriptors fell at -174 to -113/h.
   */
  public static KeyFigure growthOnly(KeyFigure figure) {
    if (figure == null || figure.kind() != FigureKind.SLOPE) {
      return figure;
    }
    return new KeyFigure(
        figure.id(),
        figure.label(),
        figure.kind(),
        figure.unit(),
        Math.max(0, figure.value()),
        Math.max(0, figure.lower()),
        Math.max(0, figure.upper()),
        figure.limit());
  }

  /** The smallest change of {@code figure} from {@code baselineValue} that matters. */
  public double practicalDelta(KeyFigure figure, double baselineValue) {
    return switch (figure.kind()) {
      case SLOPE -> slopeDelta(figure);
      case SERVER_LATENCY, LOAD_P99 ->
          Math.max(latencyMinIncreaseMs, latencyIncreaseFraction * Math.abs(baselineValue));
      case LOAD_ERRORS -> errorRateIncreasePoints;
      default -> Double.NaN;
    };
  }

  private double slopeDelta(KeyFigure figure) {
    String resource = figure.id().substring(figure.id().indexOf(':') + 1);
    Double own = slopeDeltaByResource.get(resource);
    if (own != null) {
      return own;
    }
    double unitDefault =
        "bytes/h".equals(figure.unit()) ? slopeDeltaBytesPerHour : slopeDeltaCountPerHour;
    return Double.isNaN(figure.limit()) ? unitDefault : Math.max(unitDefault, figure.limit() / 2);
  }

  /** A one-line statement of the rule for {@code kind}, for reports. */
  public String describe(FigureKind kind) {
    return switch (kind) {
      case SLOPE ->
          "interval wholly above the baseline's and at least +"
              + dev.leakhunt.analyzer.text.Figures.amount(slopeDeltaBytesPerHour, Units.BYTES)
              + "/h (memory) or +"
              + dev.leakhunt.analyzer.text.Figures.amount(slopeDeltaCountPerHour, Units.COUNT)
              + "/h (counts), at least half the resource's own limit";
      case SERVER_LATENCY ->
          "median's interval wholly above the baseline's and at least +"
              + Math.round(latencyIncreaseFraction * 100)
              + " % and +"
              + latencyMinIncreaseMs
              + " ms";
      case LOAD_P99 ->
          "at least +"
              + Math.round(latencyIncreaseFraction * 100)
              + " % and +"
              + latencyMinIncreaseMs
              + " ms (no interval: one figure per run)";
      case LOAD_ERRORS -> "at least +" + errorRateIncreasePoints + " percentage points";
      default -> "shown, not ruled";
    };
  }
}
