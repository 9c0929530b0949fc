package dev.leakhunt.analyzer.trend;

import java.util.Arrays;

/**
 * The Mann–Kendall test for a monotonic trend, with the tie-corrected variance of S and Hamed and
 * Rao's (1998) correction for serial correlation.
 *
 * <p>Why Hamed–Rao rather than Yue–Wang or pre-whitening: buckets of a memory floor are correlated
 * over several lags (old-generation garbage builds up over minutes), and Hamed–Rao uses every
 * significant lag of the detrended ranks, where Yue–Wang's usual form and pre-whitening model lag 1
 * only; pre-whitening also eats part of a real trend. The variance factor is never allowed below 1:
 * an apparently anti-correlated series does not get a sharper test than an independent one, which
 * keeps the false-alarm rate at or under the nominal level.
 *
 * @param s the statistic S: pairs rising minus pairs falling
 * @param varianceOfS tie-corrected variance of S under independence
 * @param serialCorrelationFactor n/n*, the factor (&gt;= 1) applied to that variance
 * @param z standardised S with continuity correction, positive for growth
 * @param pValueOfGrowth one-sided p-value of an increasing trend
 */
public record MannKendall(
    long s, double varianceOfS, double serialCorrelationFactor, double z, double pValueOfGrowth) {

  /** The corrected variance of S, the one the z and the Sen interval use. */
  public double correctedVarianceOfS() {
    return varianceOfS * serialCorrelationFactor;
  }

  /**
   * Tests y (in time order) for growth.
   *
   * @param x times of the values, used only to detrend before estimating serial correlation
   * @param y values in time order
   * @param slope a robust slope of y over x (Theil–Sen) to detrend with
   */
  public static MannKendall test(double[] x, double[] y, double slope) {
    int n = y.length;
    long s = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        s += Double.compare(y[j], y[i]) > 0 ? 1 : (y[j] == y[i] ? 0 : -1);
      }
    }
    double variance = tieCorrectedVariance(y);
    double factor = n >= 3 ? hamedRaoFactor(x, y, slope) : 1.0;
    double corrected = variance * factor;
    double z = corrected > 0 ? (s - Math.signum(s)) / Math.sqrt(corrected) : 0.0;
    return new MannKendall(s, variance, factor, z, NormalDistribution.upperTail(z));
  }

  /** Var(S) = [n(n-1)(2n+5) - sum over tie groups t(t-1)(2t+5)] / 18. */
  static double tieCorrectedVariance(double[] y) {
    int n = y.length;
    double[] sorted = y.clone();
    Arrays.sort(sorted);
    double ties = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && sorted[j] == sorted[i]) {
        j++;
      }
      double t = j - i;
      ties += t * (t - 1) * (2 * t + 5);
      i = j;
    }
    return ((double) n * (n - 1) * (2.0 * n + 5) - ties) / 18.0;
  }

  /**
   * n/n* = 1 + 2 / (n(n-1)(n-2)) * sum over significant lags k of (n-k)(n-k-1)(n-k-2) rho_k, with
   * rho_k the autocorrelation of the ranks of the detrended series and "significant" meaning
   * outside +-1.96/sqrt(n); floored at 1.
   */
  static double hamedRaoFactor(double[] x, double[] y, double slope) {
    int n = y.length;
    double[] detrended = new double[n];
    for (int i = 0; i < n; i++) {
      detrended[i] = y[i] - slope * x[i];
    }
    double[] ranks = ranks(detrended);
    double mean = (n + 1) / 2.0;
    double denominator = 0;
    for (double r : ranks) {
      denominator += (r - mean) * (r - mean);
    }
    if (denominator == 0) {
      return 1.0;
    }
    double bound = 1.96 / Math.sqrt(n);
    double sum = 0;
    for (int k = 1; k < n - 2; k++) {
      double numerator = 0;
      for (int i = 0; i + k < n; i++) {
        numerator += (ranks[i] - mean) * (ranks[i + k] - mean);
      }
      double rho = numerator / denominator;
      if (Math.abs(rho) > bound) {
        sum += (double) (n - k) * (n - k - 1) * (n - k - 2) * rho;
      }
    }
    double factor = 1 + 2 * sum / ((double) n * (n - 1) * (n - 2));
    return Math.max(1.0, factor);
  }

  /** 1-based ranks, ties given their average rank. */
  static double[] ranks(double[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && values[order[j]] == values[order[i]]) {
        j++;
      }
      double average = (i + 1 + j) / 2.0;
      for (int k = i; k < j; k++) {
        ranks[order[k]] = average;
      }
      i = j;
    }
    return ranks;
  }
}
