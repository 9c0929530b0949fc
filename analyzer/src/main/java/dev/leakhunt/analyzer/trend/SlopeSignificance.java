package dev.leakhunt.analyzer.trend;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Significance of a robust slope: Student's t of the Theil–Sen slope over its standard error, with
 * the residual scale read robustly and the sample size shrunk by the serial-correlation factor.
 *
 * <p>Why not the Mann–Kendall p-value: its S is bounded by n(n-1)/2 pairs, so with the 24 buckets
 * of a 10-minute run and the Hamed–Rao inflation of 3-4 that real heap floors show, even a perfect
 * line cannot get below p ≈ 1e-5, within a factor of 10 of the 1e-4 level (measured on the accuracy
 * corpus: a 60 MiB/h leak at p = 6.4e-05 with its interval at 55.7-60.9 MiB/h). The t statistic
 * grows with the slope's distance from zero in units of its noise, so an obvious leak lands many
 * orders below the level while a flat series stays where rank tests put it.
 *
 * <p>The scale is 1.4826 times the median absolute deviation of the residuals from the fitted line
 * (spikes and a few steps do not inflate it); the effective sample size is n divided by the larger
 * of the Hamed–Rao factor computed by {@link MannKendall} on the same buckets and the AR(1) factor
 * of the residuals ({@link #ar1Factor}), which widens the error for wandering noise; the degrees of
 * freedom are that size minus two, at least one.
 *
 * @param t the slope over its standard error, positive for growth
 * @param degreesOfFreedom of the t distribution, at least 1
 * @param pValueOfGrowth one-sided p-value of growth
 */
public record SlopeSignificance(double t, double degreesOfFreedom, double pValueOfGrowth) {

  /**
   * Tests {@code slope} fitted to (x, y).
   *
   * @param serialCorrelationFactor n/n*, at least 1
   */
  public static SlopeSignificance of(
      double[] x, double[] y, double slope, double intercept, double serialCorrelationFactor) {
    int n = y.length;
    double[] residuals = new double[n];
    double meanX = 0;
    for (int i = 0; i < n; i++) {
      residuals[i] = y[i] - intercept - slope * x[i];
      meanX += x[i] / n;
    }
    double factor = Math.max(1, serialCorrelationFactor);
    double degrees = Math.max(1, n / factor - 2);
    double sumSquaresX = 0;
    for (double xi : x) {
      sumSquaresX += (xi - meanX) * (xi - meanX);
    }
    double scale = 1.4826 * medianAbsoluteDeviation(residuals);
    if (!(scale > 0) || !(sumSquaresX > 0)) {
      double p = slope > 0 ? 0 : slope < 0 ? 1 : 0.5;
      double t = slope > 0 ? Double.POSITIVE_INFINITY : slope < 0 ? Double.NEGATIVE_INFINITY : 0;
      return new SlopeSignificance(t, degrees, p);
    }
    double standardError = scale * Math.sqrt(factor / sumSquaresX);
    double t = slope / standardError;
    return new SlopeSignificance(t, degrees, TDistribution.of(degrees).survivalProbability(t));
  }

  private static double medianAbsoluteDeviation(double[] values) {
    double median = median(values);
    double[] deviations = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      deviations[i] = Math.abs(values[i] - median);
    }
    return median(deviations);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
