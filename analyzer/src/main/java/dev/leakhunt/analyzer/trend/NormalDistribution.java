package dev.leakhunt.analyzer.trend;

/**
 * The standard normal distribution's tail probability and quantile, accurate enough for p-values
 * down to 1e-300.
 *
 * <p>Hand-written rather than pulled from a statistics library because the analyzer needs exactly
 * two functions: the complementary error function below (Maclaurin series of erf near 0, where it
 * is exact to double precision; Chebyshev fit of Numerical Recipes §6.2 beyond |x| = 2, relative
 * error under 1.2e-7), so small one-sided p-values keep their leading digits instead of rounding to
 * 0; the quantile (Acklam's rational fit, relative error 1.15e-9) is refined by one Halley step
 * against that tail.
 */
public final class NormalDistribution {
  private NormalDistribution() {}

  /** P(Z &lt;= z) for a standard normal Z. */
  public static double cdf(double z) {
    return upperTail(-z);
  }

  /** P(Z &gt; z) for a standard normal Z, with relative accuracy kept in the far tail. */
  public static double upperTail(double z) {
    return 0.5 * erfc(z / Math.sqrt(2.0));
  }

  /** The z with P(Z &lt;= z) = probability; probability must lie strictly in (0, 1). */
  public static double quantile(double probability) {
    if (!(probability > 0.0 && probability < 1.0)) {
      throw new IllegalArgumentException(
          "probability must lie strictly between 0 and 1 (got " + probability + ")");
    }
    double z = acklam(probability);
    // One Halley step makes the quantile consistent with upperTail to its own accuracy.
    double error = cdf(z) - probability;
    double u = error * Math.sqrt(2 * Math.PI) * Math.exp(z * z / 2);
    return z - u / (1 + z * u / 2);
  }

  static double erfc(double x) {
    if (Math.abs(x) < 2) {
      return 1 - erfSeries(x);
    }
    return erfcChebyshev(x);
  }

  /** Maclaurin series of erf; for |x| &lt; 2 it converges to full double precision in 40 terms. */
  private static double erfSeries(double x) {
    double term = x;
    double sum = x;
    for (int n = 1; n < 60 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
      term *= -x * x / n;
      sum += term / (2 * n + 1);
    }
    return 2 / Math.sqrt(Math.PI) * sum;
  }

  private static double erfcChebyshev(double x) {
    double t = 1.0 / (1.0 + 0.5 * Math.abs(x));
    double poly =
        -x * x
            - 1.26551223
            + t
                * (1.00002368
                    + t
                        * (0.37409196
                            + t
                                * (0.09678418
                                    + t
                                        * (-0.18628806
                                            + t
                                                * (0.27886807
                                                    + t
                                                        * (-1.13520398
                                                            + t
                                                                * (1.48851587
                                                                    + t
                                                                        * (-0.82215223
                                                                            + t
                                                                                * 0.17087277))))))));
    double value = t * Math.exp(poly);
    return x >= 0 ? value : 2.0 - value;
  }

  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
  };
  private static final double[] B = {
    -5.447609879822406e+01,
    1.615858368580409e+02,
    -1.556989798598866e+02,
    6.680131188771972e+01,
    -1.328068155288572e+01
  };
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
  };
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
  };

  private static double acklam(double p) {
    double low = 0.02425;
    if (p < low) {
      double q = Math.sqrt(-2 * Math.log(p));
      return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
          / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
    if (p > 1 - low) {
      return -acklam(1 - p);
    }
    double q = p - 0.5;
    double r = q * q;
    return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
        * q
        / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }
}
