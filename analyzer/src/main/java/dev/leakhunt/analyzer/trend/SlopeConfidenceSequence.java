package dev.leakhunt.analyzer.trend;

import java.util.Arrays;

/**
 * A confidence sequence for the slope of a series: bounds that hold at every bucket at once, so a
 * run may be watched continuously and stopped the first time a bound crosses a limit without
 * raising the error rate, unlike a p-value read every minute.
 *
 * <p>The model: bucket values {@code y = a + b x + e} at times {@code x} (hours; the sampler's
 * schedule, not chosen by the values), with independent normal noise of unknown spread. The Helmert
 * contrasts of the buckets remove the unknown intercept and leave {@code n - 1} independent
 * observations whose drift is the slope; mixing their likelihood ratio over the slope-to-noise
 * ratio {@code d = b / sigma ~ N(0, 1/rho)} and over the noise scale (Lai 1976; the scale-invariant
 * "t-mixture" of Howard et al. 2021, Wang and Ramdas 2023) gives, for the centred sums Sxx, Sxy and
 * the residual sum of squares Q(b) around slope b,
 *
 * <pre>
 *   L(b) = sqrt(rho / (Sxx + rho)) * (1 - (Sxy - b Sxx)^2 / ((Sxx + rho) Q(b)))^(-(n-1)/2),
 * </pre>
 *
 * a nonnegative martingale under the true slope whatever the noise scale. Ville's inequality bounds
 * the chance that it ever exceeds {@code 1/alpha} by {@code alpha}, so {@code {b : L(b) < 1/alpha}}
 * covers the true slope at every bucket at once with probability at least {@code 1 - alpha}. The
 * set is an interval around the least-squares slope with a closed-form half-width.
 *
 * <p>Serial correlation breaks the independence the martingale needs: noise that wanders slowly
 * looks like a trend. The buckets are the first defence (one minimum per probe period, see {@code
 * EarlyStopRule}); the second is pre-whitening (Cochrane–Orcutt): the sequence is computed on
 * {@code y[i] - r y[i-1]} against {@code x[i] - r x[i-1]}, whose noise is white under AR(1) noise
 * of correlation r. Whitening with an r at or above the true correlation errs on the safe side
 * (over-whitened noise is negatively correlated, so the sequence's variance is too large, never too
 * small); below it, wandering noise passes for a trend. So r is the larger of:
 *
 * <ul>
 *   <li>the lag-1 autocorrelation of the residuals around a Theil–Sen line, bias-corrected and
 *       raised by one standard error, at most 0.9;
 *   <li>the assumed correlation (a constructor argument: the correlation the caller's claim covers,
 *       e.g. 0.9 between samples 5 s apart), kept until the data reject it. Over 8-20 buckets the
 *       estimate cannot tell a live set wandering with a correlation time of minutes from white
 *       noise (simulated: with a true 0.9 per bucket, the residual correlation of 10 buckets has
 *       its 1 % quantile at -0.5 and its median at 0.2), so a plug-in alone is taken too low in
 *       exactly the runs where wandering looks like a straight line. The data reject the assumed
 *       correlation when the residuals whitened with it are over-whitened, their lag-1 correlation
 *       below its white-noise expectation {@code -2/m} by {@value #REJECT_ASSUMED_Z} standard
 *       errors {@code 1/sqrt(m)} (one-sided 1 %, m whitened buckets): white noise of a long run
 *       gets the plug-in back (a slow leak is not slowed for good; whitened with 0.66, white noise
 *       has a lag-1 correlation near -0.46), noise as correlated as assumed keeps it in 99 of 100
 *       looks.
 * </ul>
 *
 * <p>Dividing the degrees of freedom by (1 + r) / (1 - r) instead was measured too: it left a 300
 * MiB/h leak on a real JVM unbounded for 18 buckets. The plug-in r makes the sequence approximate,
 * not exact; {@code bench/early-stop.sh} measures the result on AR(1) noise. {@link
 * SlopeBounds#serialCorrelationFactor} reports (1 + r) / (1 - r) of the r applied.
 *
 * <p>Not thread-safe; O(1) per bucket to add, O(n) plus a Theil–Sen fit of the latest {@value
 * #CORRELATION_WINDOW} buckets to bound.
 */
public final class SlopeConfidenceSequence {
  /** The largest lag-1 correlation taken. */
  public static final double MAX_CORRELATION = 0.9;

  private static final double MS_PER_HOUR = 3_600_000.0;

  /** Latest buckets the correlation is read from: Theil-Sen is quadratic in them. */
  static final int CORRELATION_WINDOW = 60;

  /**
   * Standard errors below its white-noise expectation the lag-1 correlation of residuals whitened
   * with the assumed correlation must lie to reject it: one-sided 1 %, the sequence's own level. At
   * 5 % (1.645) the assumption was given up often enough over 90 looks at noise exactly as
   * correlated as assumed that the true slope left the 99 % bounds in 14 of 1,000 runs; at 1 %, in
   * 3 (in 2 when the assumption is never given up).
   */
  static final double REJECT_ASSUMED_Z = 2.326;

  private final double alpha;
  private final double rho;
  private final double assumedCorrelation;
  private double[] hours = new double[64];
  private double[] values = new double[64];
  private int count;
  private double meanHours;
  private double meanValue;
  private double sxx;
  private double sxy;
  private double syy;

  /**
   * @param confidenceLevel coverage at every bucket at once, in (0, 1), e.g. 0.99
   * @param rhoHoursSquared the mixture's precision; the sequence is tightest where Sxx (hours
   *     squared) is a few times it
   */
  public SlopeConfidenceSequence(double confidenceLevel, double rhoHoursSquared) {
    this(confidenceLevel, rhoHoursSquared, 0);
  }

  /**
   * @param confidenceLevel coverage at every bucket at once, in (0, 1), e.g. 0.99
   * @param rhoHoursSquared the mixture's precision; the sequence is tightest where Sxx (hours
   *     squared) is a few times it
   * @param assumedCorrelation lag-1 correlation between neighbouring buckets the noise is assumed
   *     to have until the data reject it, in [0, 0.9]
   */
  public SlopeConfidenceSequence(
      double confidenceLevel, double rhoHoursSquared, double assumedCorrelation) {
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException(
          "confidenceLevel must lie in (0, 1) (got " + confidenceLevel + ")");
    }
    if (!(rhoHoursSquared > 0)) {
      throw new IllegalArgumentException(
          "rhoHoursSquared must be positive (got " + rhoHoursSquared + ")");
    }
    if (!(assumedCorrelation >= 0 && assumedCorrelation <= MAX_CORRELATION)) {
      throw new IllegalArgumentException(
          "assumedCorrelation must lie in [0, 0.9] (got " + assumedCorrelation + ")");
    }
    this.alpha = 1 - confidenceLevel;
    this.rho = rhoHoursSquared;
    this.assumedCorrelation = assumedCorrelation;
  }

  /**
   * A sequence over buckets {@code bucketWidthMs} apart, tuned to be tightest after {@code
   * tightestAfterMs} of buckets (Howard et al.'s rule: rho = Sxx there over 2 ln(1/alpha) + ln(1 +
   * 2 ln(1/alpha))). The choice depends on the design only, never on the values, which keeps the
   * bounds valid.
   */
  public static SlopeConfidenceSequence tightestAfter(
      double confidenceLevel, long bucketWidthMs, long tightestAfterMs) {
    return tightestAfter(confidenceLevel, bucketWidthMs, tightestAfterMs, 0);
  }

  /**
   * As {@link #tightestAfter(double, long, long)}, assuming noise with lag-1 correlation {@code
   * assumedCorrelation} between neighbouring buckets until the data reject it.
   */
  public static SlopeConfidenceSequence tightestAfter(
      double confidenceLevel, long bucketWidthMs, long tightestAfterMs, double assumedCorrelation) {
    long buckets = Math.max(3, tightestAfterMs / Math.max(1, bucketWidthMs));
    double widthHours = bucketWidthMs / MS_PER_HOUR;
    double sxxThere = widthHours * widthHours * (buckets * buckets * buckets - buckets) / 12.0;
    double twiceLog = 2 * Math.log(1 / (1 - confidenceLevel));
    return new SlopeConfidenceSequence(
        confidenceLevel, sxxThere / (twiceLog + Math.log1p(twiceLog)), assumedCorrelation);
  }

  /** Adds one bucket; {@code hours} must be fixed independently of {@code value}. */
  public void add(double hoursAt, double value) {
    if (count == hours.length) {
      hours = Arrays.copyOf(hours, count * 2);
      values = Arrays.copyOf(values, count * 2);
    }
    hours[count] = hoursAt;
    values[count] = value;
    count++;
    // Welford's updates: centred sums without the cancellation of raw sums of squares of bytes.
    double dx = hoursAt - meanHours;
    double dy = value - meanValue;
    meanHours += dx / count;
    meanValue += dy / count;
    sxx += dx * (hoursAt - meanHours);
    sxy += dx * (value - meanValue);
    syy += dy * (value - meanValue);
  }

  /** How many buckets were added. */
  public int size() {
    return count;
  }

  /** The bounds after the buckets added so far; unbounded with fewer than three. */
  public SlopeBounds bounds() {
    double level = 1 - alpha;
    if (count < 4 || !(sxx > 0)) {
      return new SlopeBounds(
          count < 3 || !(sxx > 0) ? Double.NaN : sxy / sxx,
          Double.NEGATIVE_INFINITY,
          Double.POSITIVE_INFINITY,
          level,
          1,
          count);
    }
    double phi = conservativeCorrelation(sxy / sxx);
    if (assumedCorrelation > phi && !rejects(whiten(assumedCorrelation), count - 1)) {
      phi = assumedCorrelation;
    }
    // Pre-whitened (Cochrane-Orcutt): y[i] - phi y[i-1] against x[i] - phi x[i-1] has white noise
    // under AR(1) noise of correlation phi, keeps the same slope, and loses one bucket, where a
    // variance inflation would divide the mixture's degrees of freedom by (1 + phi) / (1 - phi).
    Whitened whitened = whiten(phi);
    int n = count - 1;
    double wxx = whitened.xx();
    double wxy = whitened.xy();
    double wyy = whitened.yy();
    double factor = (1 + phi) / (1 - phi);
    if (!(wxx > 0)) {
      return new SlopeBounds(
          sxy / sxx, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, level, factor, count);
    }
    double slope = wxy / wxx;
    double residualSquares = Math.max(0, wyy - wxy * wxy / wxx);
    // The mixture's precision follows the design into the whitened scale, so the sequence stays
    // tightest where it was tuned.
    double precision = rho * (1 - phi) * (1 - phi);
    double contrasts = n - 1;
    double term = alpha * Math.sqrt(precision / (wxx + precision));
    double g = -Math.expm1(2 / contrasts * Math.log(term));
    double scale = wxx + precision;
    double denominator = wxx - g * scale;
    if (!(denominator > 0)) {
      return new SlopeBounds(
          slope, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, level, factor, count);
    }
    double halfWidth = Math.sqrt(g * scale * residualSquares / (wxx * denominator));
    return new SlopeBounds(slope, slope - halfWidth, slope + halfWidth, level, factor, count);
  }

  /**
   * Whether residuals whitened with a correlation are over-whitened beyond chance: their lag-1
   * correlation, about {@code -2/m} with standard error {@code 1/sqrt(m)} when the correlation was
   * right (the mean and slope fitted), lies {@value #REJECT_ASSUMED_Z} standard errors below.
   */
  private static boolean rejects(Whitened whitened, int m) {
    return whitened.residualLagOne() < -2.0 / m - REJECT_ASSUMED_Z / Math.sqrt(m);
  }

  /**
   * The buckets pre-whitened with {@code phi}: centred sums and the residuals' lag-1 correlation.
   */
  private Whitened whiten(double phi) {
    int n = count - 1;
    double meanX = 0;
    double meanY = 0;
    for (int i = 1; i < count; i++) {
      meanX += (hours[i] - phi * hours[i - 1]) / n;
      meanY += (values[i] - phi * values[i - 1]) / n;
    }
    double xx = 0;
    double xy = 0;
    double yy = 0;
    for (int i = 1; i < count; i++) {
      double dx = hours[i] - phi * hours[i - 1] - meanX;
      double dy = values[i] - phi * values[i - 1] - meanY;
      xx += dx * dx;
      xy += dx * dy;
      yy += dy * dy;
    }
    double slope = xx > 0 ? xy / xx : 0;
    double previous = 0;
    double lagged = 0;
    double squares = 0;
    for (int i = 1; i < count; i++) {
      double residual =
          values[i] - phi * values[i - 1] - meanY - slope * (hours[i] - phi * hours[i - 1] - meanX);
      squares += residual * residual;
      if (i > 1) {
        lagged += residual * previous;
      }
      previous = residual;
    }
    return new Whitened(xx, xy, yy, squares > 0 ? lagged / squares : 0);
  }

  private record Whitened(double xx, double xy, double yy, double residualLagOne) {}

  /**
   * n / n_effective for lag-1 correlated residuals, (1 + r) / (1 - r): r is read from the residuals
   * of the least-squares line, whose fit biases it down by about (1 + 3r) / n plus 1 / n for the
   * slope (Kendall's approximation), which is added back.
   */
  private double conservativeCorrelation(double slope) {
    if (count < 4) {
      return 0;
    }
    // Residuals around a Theil-Sen line over the latest buckets: one outlying bucket (the first
    // after warm-up, measured on the corpus) tilts the least-squares line and leaves residuals
    // that look correlated; the median of pairwise slopes ignores it.
    int from = Math.max(0, count - CORRELATION_WINDOW);
    double[] x = Arrays.copyOfRange(hours, from, count);
    double[] y = Arrays.copyOfRange(values, from, count);
    TheilSen robust = TheilSen.fit(x, y);
    double robustSlope = Double.isNaN(robust.slope()) ? slope : robust.slope();
    double intercept = robust.intercept(x, y);
    double previous = Double.NaN;
    double lagged = 0;
    double squares = 0;
    int n = x.length;
    for (int i = 0; i < n; i++) {
      double residual = y[i] - intercept - robustSlope * x[i];
      squares += residual * residual;
      if (i > 0) {
        lagged += residual * previous;
      }
      previous = residual;
    }
    if (!(squares > 0)) {
      return 0;
    }
    double r = lagged / squares;
    // Bias-corrected, then one standard error up: with 10-20 buckets r is too uncertain to take at
    // its estimate, and taking it low is what lets slowly wandering noise pass for a trend.
    double corrected =
        Math.min(
            MAX_CORRELATION,
            r + (2 + 3 * Math.max(0, r)) / count + Math.sqrt(Math.max(0, 1 - r * r) / count));
    return Math.max(0, corrected);
  }
}
