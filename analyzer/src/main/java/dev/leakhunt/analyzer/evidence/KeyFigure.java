package dev.leakhunt.analyzer.evidence;

/**
 * One figure of a run that is compared across runs: a value and, when the run measured its
 * uncertainty, its 95 % interval.
 *
 * @param id stable id across runs, e.g. {@code slope:heap.live}, {@code
 *     latency:dev.leakhunt.shop:endpoint=products.get,type=Latency#IntervalP99Micros}
 * @param label short human name, e.g. {@code heap.live slope}, {@code products.get p99}
 * @param kind what it measures
 * @param unit {@code bytes/h}, {@code count/h}, {@code ms} or {@code %}
 * @param value the estimate
 * @param lower lower end of the 95 % interval, or NaN when the run measured none
 * @param upper upper end of the 95 % interval, or NaN when the run measured none
 * @param limit the resource's own practical limit per hour (slopes), else NaN
 */
public record KeyFigure(
    String id,
    String label,
    FigureKind kind,
    String unit,
    double value,
    double lower,
    double upper,
    double limit) {

  /** Whether the figure has a 95 % interval. */
  public boolean hasInterval() {
    return !Double.isNaN(lower) && !Double.isNaN(upper);
  }

  /**
   * The unit of the amount without {@code /h}: {@code bytes}, {@code count}, {@code ms}, {@code %}.
   */
  public String amountUnit() {
    return unit.endsWith("/h") ? unit.substring(0, unit.length() - 2) : unit;
  }
}
