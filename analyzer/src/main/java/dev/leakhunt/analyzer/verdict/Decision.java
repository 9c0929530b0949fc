package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.trend.NormalDistribution;
import dev.leakhunt.analyzer.trend.RiseHistory;
import dev.leakhunt.analyzer.trend.Trend;
import dev.leakhunt.analyzer.trend.TrendFit;
import dev.leakhunt.contract.run.Outcome;
import java.time.Duration;

/**
 * The three-valued rule applied to one fitted trend, the way an equivalence test works: PASS and
 * FAIL each need evidence, and what the window cannot decide is INCONCLUSIVE.
 *
 * @param outcome the judgement
 * @param basis which rule decided it
 * @param moreTimeNeeded for INCONCLUSIVE, about how much longer the judged window must be for the
 *     interval that was too wide to decide; null otherwise or when it cannot be estimated
 */
record Decision(Outcome outcome, Basis basis, Duration moreTimeNeeded) {

  /**
   * Flat stretch a plateau needs, as a multiple of the longest pause between earlier rises: a
   * staircase is flat between its steps, so the growth has stopped only once the quiet has
   * outlasted the pauses clearly.
   */
  static final double QUIET_OVER_PAUSE = 1.5;

  /**
   * Share of the practical limit the latest half's own slope must reach for a FAIL: growth above
   * the limit over the window whose latest half is too noisy to show either way is INCONCLUSIVE,
   * not a leak, so a noisy cache that filled early is not failed.
   */
  static final double PERSISTENCE_SHARE = 0.5;

  /**
   * Largest p-value of growth within the recent part for a FAIL. Deliberately loose: a staircase
   * with two steps in 12 buckets reaches about 0.01, and missing it never passes a resource, it
   * only turns a FAIL into INCONCLUSIVE. It keeps a cache that filled early and whose latest half
   * wanders with noise from being failed on the whole window's slope alone.
   */
  static final double RECENT_SIGNIFICANCE_LEVEL = 0.05;

  /**
   * Largest Mann–Kendall p-value (ties and serial correlation corrected) for a FAIL, besides the
   * slope's t test at the threshold's level: the rank test guards the t test against structured
   * residuals, and at this level it still agrees for a perfect line of 24 buckets with a Hamed–Rao
   * factor up to 7.
   */
  static final double RANK_AGREEMENT_LEVEL = 0.001;

  /** Longest window suggested, as a multiple of the judged window ("at least" beyond it). */
  static final double LONGEST_EXTENSION = 20;

  /** Which rule decided. */
  enum Basis {
    /** FAIL: significant growth at or above the limit, still growing in the recent part. */
    GROWS_ABOVE_LIMIT,
    /** PASS: the whole window's slope interval lies under the limit. */
    UNDER_LIMIT,
    /** PASS: the latest half's slope interval lies under the limit, after a long enough quiet. */
    LEVELLED_OFF,
    /** INCONCLUSIVE: the slope is under the limit but its interval reaches above it. */
    STRADDLES_LIMIT,
    /** INCONCLUSIVE: the slope is at or above the limit but not significant. */
    NOT_SIGNIFICANT,
    /** INCONCLUSIVE: flat lately, but for less time than earlier pauses between rises. */
    QUIET_TOO_SHORT,
    /**
     * INCONCLUSIVE: grew above the limit, but the latest half is too noisy to tell if it goes on.
     */
    RECENT_UNCLEAR
  }

  static Decision of(TrendFit fit, double limitPerHour, double significanceLevel) {
    Trend trend = fit.trend();
    long windowMs = Math.max(1, trend.windowEndMs() - trend.windowStartMs());
    if (fit.slopeUpperBoundPerHour() < limitPerHour) {
      return new Decision(Outcome.PASS, Basis.UNDER_LIMIT, null);
    }
    boolean recentUnderLimit = trend.recentSlopeUpperPerHour() < limitPerHour;
    RiseHistory rises = fit.rises();
    long quietNeededMs =
        rises.riseCount() < 2 ? 0 : Math.round(QUIET_OVER_PAUSE * rises.longestPauseMs());
    if (recentUnderLimit && rises.quietSinceLastRiseMs() >= quietNeededMs) {
      return new Decision(Outcome.PASS, Basis.LEVELLED_OFF, null);
    }
    if (recentUnderLimit) {
      return inconclusive(
          Basis.QUIET_TOO_SHORT, Duration.ofMillis(quietNeededMs - rises.quietSinceLastRiseMs()));
    }
    boolean significant =
        trend.pValue() < significanceLevel
            && fit.wholeWindow().pValueOfGrowth() < RANK_AGREEMENT_LEVEL;
    if (significant && trend.slopePerHour() >= limitPerHour) {
      if (trend.recentSlopePerHour() >= PERSISTENCE_SHARE * limitPerHour
          && fit.recentGrowth().pValue() < RECENT_SIGNIFICANCE_LEVEL) {
        return new Decision(Outcome.FAIL, Basis.GROWS_ABOVE_LIMIT, null);
      }
      double recentP = fit.recentGrowth().pValue();
      double recentZ = recentP > 0 && recentP < 1 ? NormalDistribution.quantile(1 - recentP) : 0;
      return inconclusive(
          Basis.RECENT_UNCLEAR,
          extensionToReach(
              windowMs / 2, recentZ, NormalDistribution.quantile(1 - RECENT_SIGNIFICANCE_LEVEL)));
    }
    if (trend.slopePerHour() < limitPerHour) {
      return inconclusive(
          Basis.STRADDLES_LIMIT,
          extensionToNarrow(
              windowMs,
              fit.slopeUpperBoundPerHour() - trend.slopePerHour(),
              limitPerHour - trend.slopePerHour()));
    }
    return inconclusive(
        Basis.NOT_SIGNIFICANT,
        extensionToReach(
            windowMs, fit.significance().t(), NormalDistribution.quantile(1 - significanceLevel)));
  }

  /**
   * Whether a passing resource still certainly grows: significant growth with the interval above
   * zero, under the limit. Reported as a warning, never as a plain PASS.
   */
  static boolean growsUnderLimit(Decision decision, Trend trend, double significanceLevel) {
    return decision.outcome() == Outcome.PASS
        && decision.basis() == Basis.UNDER_LIMIT
        && trend.pValue() < significanceLevel
        && trend.slopeLowerPerHour() > 0;
  }

  private static Decision inconclusive(Basis basis, Duration more) {
    return new Decision(Outcome.INCONCLUSIVE, basis, more);
  }

  /**
   * With a fixed sampling rate a slope's interval narrows about as T^-1.5, so a half-width {@code
   * halfWidth} over {@code windowMs} falls under {@code margin} after T (halfWidth / margin)^(2/3).
   */
  static Duration extensionToNarrow(long windowMs, double halfWidth, double margin) {
    if (!(margin > 0) || !(halfWidth > 0)) {
      return null;
    }
    return extension(windowMs, Math.pow(halfWidth / margin, 2.0 / 3.0));
  }

  /**
   * A trend's t (or z) grows about as T^1.5, so it reaches {@code needed} after T (needed /
   * z)^(2/3).
   */
  static Duration extensionToReach(long windowMs, double z, double needed) {
    if (!(z > 0)) {
      return null;
    }
    return extension(windowMs, Math.pow(needed / z, 2.0 / 3.0));
  }

  private static Duration extension(long windowMs, double factor) {
    if (!(factor > 1)) {
      return null;
    }
    return Duration.ofMillis(Math.round(windowMs * (Math.min(factor, LONGEST_EXTENSION) - 1)));
  }
}
