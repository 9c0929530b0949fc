package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.ResourceSeries;
import dev.leakhunt.analyzer.trend.BucketStatistic;
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
  private final double recentPValue;

  VerdictReason(ResourceSeries series, TrendFit fit, Threshold threshold, PracticalLimit limit) {
    this.series = series;
    this.trend = fit.trend();
    this.threshold = threshold;
    this.limit = limit;
    this.reduced = fit.reduced();
    this.recentPValue = fit.recentGrowth().pValue();
  }

  String sentence(
      boolean significant, boolean bigEnough, boolean persistent, Duration timeToExhaustion) {
    String resource = series.resource();
    if (!significant) {
      return resource
          + " shows no significant growth: slope "
          + slopeWithInterval()
          + ", "
          + Amounts.pValue(trend.pValue())
          + " (a leak needs p < "
          + java.math.BigDecimal.valueOf(threshold.significanceLevel())
              .stripTrailingZeros()
              .toPlainString()
          + ")"
          + basis()
          + ".";
    }
    if (!bigEnough) {
      return resource
          + " grows "
          + slopeWithInterval()
          + ", "
          + Amounts.pValue(trend.pValue())
          + basis()
          + ", but under the "
          + limitText()
          + projection(timeToExhaustion)
          + ".";
    }
    if (!persistent) {
      return resource
          + " grew "
          + slopeWithInterval()
          + ", "
          + Amounts.pValue(trend.pValue())
          + basis()
          + ", but levelled off: over the latest half the slope is "
          + rate(trend.recentSlopePerHour())
          + ", "
          + Amounts.pValue(recentPValue)
          + " (growth there needs p < "
          + ResourceJudge.PERSISTENCE_SIGNIFICANCE_LEVEL
          + " and at least "
          + rate(ResourceJudge.PERSISTENCE_SHARE * limit.perHour())
          + "): a plateau, not a leak.";
    }
    return resource
        + " grows "
        + slopeWithInterval()
        + ", "
        + Amounts.pValue(trend.pValue())
        + basis()
        + ", above the "
        + limitText()
        + ", and still growing "
        + rate(trend.recentSlopePerHour())
        + " over the latest half ("
        + Amounts.pValue(recentPValue)
        + ")"
        + projection(timeToExhaustion)
        + ".";
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
              + Amounts.number(threshold.minFractionOfCapacityPerHour() * 100)
              + " % of the "
              + Amounts.amount(series.capacity(), series.unit())
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
                + Amounts.amount(series.capacity(), series.unit())
                + " limit";
    return "; at this rate " + subject + " in " + Amounts.duration(timeToExhaustion);
  }

  private String rate(double perHour) {
    return Amounts.rate(perHour, series.unit());
  }

  private static String seconds(long millis) {
    return millis >= 120_000 ? Amounts.number(millis / 60_000.0) + " min" : millis / 1000 + " s";
  }
}
