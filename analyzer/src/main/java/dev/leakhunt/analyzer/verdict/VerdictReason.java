package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.ResourceSeries;
import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.analyzer.trend.BucketStatistic;
import dev.leakhunt.analyzer.trend.RecentGrowth;
import dev.leakhunt.analyzer.trend.ReducedSeries;
import dev.leakhunt.analyzer.trend.Trend;
import dev.leakhunt.analyzer.trend.TrendFit;
import java.time.Duration;
import java.util.Locale;

/** Words the one-sentence reason of a judged resource, carrying the figures behind it. */
final class VerdictReason {
  private final ResourceSeries series;
  private final Trend trend;
  private final Threshold threshold;
  private final PracticalLimit limit;
  private final ReducedSeries reduced;
  private final TrendFit fit;

  VerdictReason(ResourceSeries series, TrendFit fit, Threshold threshold, PracticalLimit limit) {
    this.series = series;
    this.trend = fit.trend();
    this.threshold = threshold;
    this.limit = limit;
    this.reduced = fit.reduced();
    this.fit = fit;
  }

  String sentence(Decision decision, Duration timeToExhaustion) {
    String resource = series.resource();
    String growth = slopeWithInterval() + ", " + Figures.pValue(trend.pValue()) + basis();
    return switch (decision.basis()) {
      case UNDER_LIMIT ->
          trend.pValue() < threshold.significanceLevel()
              ? resource
                  + " grows "
                  + growth
                  + ", under the "
                  + limitText()
                  + " (one-sided 95 % upper bound "
                  + rate(fit.slopeUpperBoundPerHour())
                  + ")"
                  + projection(timeToExhaustion)
                  + "."
              : resource
                  + " shows no growth that matters: slope "
                  + growth
                  + "; its one-sided 95 % upper bound "
                  + rate(fit.slopeUpperBoundPerHour())
                  + " is under the "
                  + limitText()
                  + ".";
      case LEVELLED_OFF ->
          resource
              + " grew "
              + growth
              + ", then levelled off: slope "
              + recentWithUpperBound(flattest())
              + ", under the "
              + limitText()
              + quietText()
              + ": a plateau, not a leak.";
      case GROWS_ABOVE_LIMIT ->
          resource
              + " grows "
              + growth
              + ", above the "
              + limitText()
              + ", and still growing "
              + recentWithUpperBound(fit.recentGrowth())
              + projection(timeToExhaustion)
              + ".";
      case STRADDLES_LIMIT ->
          resource
              + " grows "
              + growth
              + ": the interval straddles the "
              + limitText()
              + ", so this run cannot tell"
              + moreTime(decision)
              + ".";
      case NOT_SIGNIFICANT ->
          resource
              + " slope "
              + growth
              + " reaches the "
              + limitText()
              + " but is not significant (a leak needs p < "
              + level()
              + "): too noisy to tell"
              + moreTime(decision)
              + ".";
      case QUIET_TOO_SHORT ->
          resource
              + " grew "
              + growth
              + " and has been flat lately (slope "
              + recentWithUpperBound(flattest())
              + quietText()
              + "), but earlier rises came up to "
              + Figures.projection(Duration.ofMillis(fit.rises().longestPauseMs()))
              + " apart: a staircase is not ruled out"
              + moreTime(decision)
              + ".";
      case RECENT_UNCLEAR ->
          resource
              + " grew "
              + growth
              + ", above the "
              + limitText()
              + ", but lately the slope is "
              + recentWithUpperBound(fit.recentGrowth())
              + ": too noisy to tell whether it goes on"
              + moreTime(decision)
              + ".";
    };
  }

  /** The warning of a resource that passes but certainly grows. */
  String warning(Duration timeToExhaustion) {
    return series.resource()
        + " grows "
        + slopeWithInterval()
        + ", "
        + Figures.pValue(trend.pValue())
        + ", under the "
        + limitText()
        + projection(timeToExhaustion)
        + ".";
  }

  private String recentWithUpperBound(RecentGrowth part) {
    return rate(part.slopePerHour())
        + " (upper bound "
        + rate(part.slopeUpperPerHour())
        + ", "
        + Figures.pValue(part.pValue())
        + ") over the latest "
        + span(part);
  }

  /** The recent part whose upper bound is the lower: the latest half or the settled stretch. */
  private RecentGrowth flattest() {
    return fit.settled().slopeUpperPerHour() < fit.recentGrowth().slopeUpperPerHour()
        ? fit.settled()
        : fit.recentGrowth();
  }

  private String span(RecentGrowth part) {
    int count = part.bucketCount();
    return Figures.projection(Duration.ofMillis(count * reduced.bucketWidthMs()))
        + " ("
        + count
        + " of "
        + reduced.size()
        + " buckets)";
  }

  private String quietText() {
    if (fit.rises().riseCount() == 0) {
      return "";
    }
    return ", no rise for the last "
        + Figures.projection(Duration.ofMillis(fit.rises().quietSinceLastRiseMs()));
  }

  private String moreTime(Decision decision) {
    Duration more = decision.moreTimeNeeded();
    if (more == null) {
      return "; a longer run is needed";
    }
    long windowMs = trend.windowEndMs() - trend.windowStartMs();
    String longer = Figures.projection(Duration.ofMinutes(Math.max(1, ceilMinutes(more))));
    if (more.toMillis() >= (Decision.LONGEST_EXTENSION - 1) * windowMs) {
      return "; a window at least "
          + (int) Decision.LONGEST_EXTENSION
          + " times longer is needed (at least "
          + longer
          + " more)";
    }
    return "; a run about " + longer + " longer would decide";
  }

  private static long ceilMinutes(Duration duration) {
    return (duration.toMillis() + 59_999) / 60_000;
  }

  private String level() {
    return java.math.BigDecimal.valueOf(threshold.significanceLevel())
        .stripTrailingZeros()
        .toPlainString();
  }

  private String slopeWithInterval() {
    return rate(trend.slopePerHour())
        + String.format(Locale.ROOT, " (%.0f %% CI ", trend.confidenceLevel() * 100)
        + rate(trend.slopeLowerPerHour())
        + " to "
        + rate(trend.slopeUpperPerHour())
        + ")";
  }

  private String basis() {
    String summary = reduced.statistic() == BucketStatistic.MINIMUM ? "minima" : "medians";
    return " over "
        + trend.reducedPointCount()
        + " bucket "
        + summary
        + " of "
        + seconds(reduced.bucketWidthMs())
        + " from "
        + reduced.inputPointCount()
        + " samples";
  }

  private String limitText() {
    String text = rate(limit.perHour()) + " limit";
    if (limit.fromCapacity()) {
      text +=
          " ("
              + Figures.number(threshold.minFractionOfCapacityPerHour() * 100)
              + " % of the "
              + Figures.amount(series.capacity(), series.unit())
              + " capacity per hour)";
    }
    return text;
  }

  private String projection(Duration timeToExhaustion) {
    if (timeToExhaustion == null) {
      return "";
    }
    String subject =
        series.resource().startsWith("heap.")
            ? "the heap is full"
            : series.resource()
                + " reaches its "
                + Figures.amount(series.capacity(), series.unit())
                + " limit";
    return "; at this rate " + subject + " in " + Figures.projection(timeToExhaustion);
  }

  private String rate(double perHour) {
    return Figures.rate(perHour, series.unit());
  }

  private static String seconds(long millis) {
    return millis >= 120_000 ? Figures.number(millis / 60_000.0) + " min" : millis / 1000 + " s";
  }
}
