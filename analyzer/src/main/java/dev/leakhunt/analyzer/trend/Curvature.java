package dev.leakhunt.analyzer.trend;

/**
 * Whether a straight line fails to describe a series: the lack-of-fit test of a quadratic term
 * against the least-squares line, {@code F = (RSS_line - RSS_quadratic) / (RSS_quadratic / (n -
 * 3))}, compared with Student's t quantile squared for {@code n - 3} degrees of freedom (F with 1
 * and n - 3 is t squared).
 *
 * <p>Why the early stop needs it: the slope's confidence sequence assumes a line plus noise, and
 * pre-whitened with a high correlation it reads a curve's rising part as slope. On the accuracy
 * corpus the statistic separates the two kinds cleanly over 8-19 buckets: 50-2,400 for a clean
 * daily cycle, a cache that fills then stays flat and a leak that starts after warm-up; 0-15 for
 * every linear, stepped or bursty leak.
 */
public record Curvature(double lackOfFit, double slopeAtStart, double slopeAtEnd, int count) {
  private static final Curvature NONE = new Curvature(Double.NaN, Double.NaN, Double.NaN, 0);

  /**
   * Fits a line and a quadratic to the points.
   *
   * @param x times, any unit
   * @param y values
   * @return the lack-of-fit statistic and the quadratic's slope (y per x unit) at the first and the
   *     last time; NaN with fewer than four points or no spread in time
   */
  public static Curvature of(double[] x, double[] y) {
    int n = x.length;
    if (n < 4) {
      return NONE;
    }
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      meanX += x[i] / n;
      meanY += y[i] / n;
    }
    double sxx = 0;
    for (double xi : x) {
      sxx += (xi - meanX) * (xi - meanX);
    }
    if (!(sxx > 0)) {
      return NONE;
    }
    double scale = Math.sqrt(sxx / n);
    // Standardised time u, and the quadratic u^2 made orthogonal to 1 and u, so the line's
    // residuals and the quadratic's gain come from one pass each.
    double[] u = new double[n];
    double minU = Double.POSITIVE_INFINITY;
    double maxU = Double.NEGATIVE_INFINITY;
    double meanU2 = 0;
    double u3 = 0;
    double u2 = 0;
    for (int i = 0; i < n; i++) {
      u[i] = (x[i] - meanX) / scale;
      minU = Math.min(minU, u[i]);
      maxU = Math.max(maxU, u[i]);
      meanU2 += u[i] * u[i] / n;
      u3 += u[i] * u[i] * u[i];
      u2 += u[i] * u[i];
    }
    double projection = u3 / u2;
    double suy = 0;
    for (int i = 0; i < n; i++) {
      suy += u[i] * (y[i] - meanY);
    }
    double slope = suy / u2;
    double rssLine = 0;
    double zr = 0;
    double zz = 0;
    for (int i = 0; i < n; i++) {
      double residual = y[i] - meanY - slope * u[i];
      double z = u[i] * u[i] - meanU2 - projection * u[i];
      rssLine += residual * residual;
      zr += z * residual;
      zz += z * z;
    }
    if (!(zz > 0)) {
      return NONE;
    }
    double gain = zr * zr / zz;
    double rssQuadratic = Math.max(0, rssLine - gain);
    double f =
        rssQuadratic > 0
            ? gain / (rssQuadratic / (n - 3))
            : gain > 0 ? Double.POSITIVE_INFINITY : 0;
    // y = a + slope u + c z with z = u^2 - meanU2 - projection u: dy/du = slope + c (2u -
    // projection).
    double c = zr / zz;
    return new Curvature(
        f,
        (slope + c * (2 * minU - projection)) / scale,
        (slope + c * (2 * maxU - projection)) / scale,
        n);
  }

  /**
   * Whether the quadratic term is significant at two-sided level {@code significance}: the series
   * curves beyond what its scatter around the line explains. False with fewer than 8 points, where
   * the quantile below is not accurate enough.
   */
  public boolean significant(double significance) {
    if (count < 8 || Double.isNaN(lackOfFit)) {
      return false;
    }
    double t = studentTQuantile(1 - significance / 2, count - 3);
    return lackOfFit > t * t;
  }

  /**
   * Student's t quantile by the Cornish–Fisher expansion around the normal quantile (Abramowitz and
   * Stegun 26.7.5, four terms): at the 0.9995 quantile 0.5 % below the exact value for 5 degrees of
   * freedom, under 0.05 % from 10 on (17 % below at 2, so not for fewer than 5).
   */
  static double studentTQuantile(double probability, int degreesOfFreedom) {
    double z = NormalDistribution.quantile(probability);
    double v = degreesOfFreedom;
    double z2 = z * z;
    double z3 = z2 * z;
    double z5 = z3 * z2;
    double z7 = z5 * z2;
    double z9 = z7 * z2;
    return z
        + (z3 + z) / (4 * v)
        + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v)
        + (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * v * v * v * v);
  }
}
