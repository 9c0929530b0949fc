package dev.leakhunt.analyzer.trend;

import java.util.Arrays;

/**
 * Theil–Sen slope: the median of the slopes between every pair of points, with Sen's (1968)
 * rank-based confidence interval.
 *
 * <p>Quadratic in the number of points, so callers reduce a raw series to buckets first (120
 * buckets are 7,140 pairs). Robust: up to 29 % of the points can be arbitrary without moving it.
 */
public final class TheilSen {
  private final double[] sortedSlopes;

  private TheilSen(double[] sortedSlopes) {
    this.sortedSlopes = sortedSlopes;
  }

  /**
   * Computes the pairwise slopes of (x, y); pairs with equal x are skipped.
   *
   * @param x abscissae, e.g. hours since the window start
   * @param y ordinates, same length as x
   */
  public static TheilSen fit(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "x and y must have the same length (got " + x.length + " and " + y.length + ")");
    }
    int n = x.length;
    double[] slopes = new double[n * (n - 1) / 2];
    int count = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (x[j] != x[i]) {
          slopes[count++] = (y[j] - y[i]) / (x[j] - x[i]);
        }
      }
    }
    double[] used = Arrays.copyOf(slopes, count);
    Arrays.sort(used);
    return new TheilSen(used);
  }

  /** Number of pairwise slopes, N in Sen's formulas. */
  public int pairCount() {
    return sortedSlopes.length;
  }

  /** The median pairwise slope, or NaN when there is no pair. */
  public double slope() {
    return rank((sortedSlopes.length + 1) / 2.0);
  }

  /**
   * The median of {@code y - slope * x}: the fitted line's value at x = 0.
   *
   * @param x the abscissae passed to {@link #fit}
   * @param y the ordinates passed to {@link #fit}
   */
  public double intercept(double[] x, double[] y) {
    double slope = slope();
    double[] residuals = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      residuals[i] = y[i] - slope * x[i];
    }
    Arrays.sort(residuals);
    int mid = residuals.length / 2;
    return residuals.length % 2 == 1 ? residuals[mid] : (residuals[mid - 1] + residuals[mid]) / 2;
  }

  /**
   * Sen's confidence interval: with C = z(1 - (1 - level) / 2) * sqrt(Var S), the bounds are the
   * slopes of rank (N - C) / 2 and (N + C) / 2 + 1 (1-based, interpolated, clamped to the
   * extremes).
   *
   * @param varianceOfS the variance of the Mann–Kendall S, including tie and serial-correlation
   *     corrections, so the interval widens exactly as the test's significance weakens
   * @param confidenceLevel coverage in (0, 1), e.g. 0.95
   * @return {lower, upper}
   */
  public double[] interval(double varianceOfS, double confidenceLevel) {
    double c = NormalDistribution.quantile(1 - (1 - confidenceLevel) / 2) * Math.sqrt(varianceOfS);
    int n = sortedSlopes.length;
    return new double[] {rank((n - c) / 2), rank((n + c) / 2 + 1)};
  }

  private double rank(double oneBasedRank) {
    int n = sortedSlopes.length;
    if (n == 0) {
      return Double.NaN;
    }
    double r = Math.max(1, Math.min(n, oneBasedRank)) - 1;
    int below = (int) Math.floor(r);
    int above = Math.min(n - 1, below + 1);
    double fraction = r - below;
    return sortedSlopes[below] + fraction * (sortedSlopes[above] - sortedSlopes[below]);
  }
}
