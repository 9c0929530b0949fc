package dev.leakhunt.analyzer.watch;

import dev.leakhunt.analyzer.sampler.SampleSink;
import dev.leakhunt.analyzer.series.ResourceCatalog;
import dev.leakhunt.analyzer.verdict.DefaultThresholds;
import dev.leakhunt.analyzer.verdict.EarlyFail;
import dev.leakhunt.analyzer.verdict.EarlyStopRule;
import dev.leakhunt.analyzer.verdict.Threshold;
import dev.leakhunt.analyzer.verdict.ThresholdOverride;
import dev.leakhunt.contract.duration.DurationText;
import dev.leakhunt.contract.run.ResourceIds;
import dev.leakhunt.contract.run.Units;
import java.time.Duration;

/**
 * {@code --stop-early} during a watch: passes every sample on and feeds the live heap to an {@link
 * EarlyStopRule}; the watch loop asks once per sample whether the run can end. When it can, the
 * decision is written to {@code samples.csv} as an event row, so the verdict (and {@code report
 * DIR} later) judges the run as stopped early.
 */
public final class EarlyStop implements SampleSink {
  private static final String WATCHED = ResourceIds.HEAP_LIVE;

  private final SampleSink next;
  private final WatchSettings settings;
  private EarlyStopRule rule;
  private double capacity = Double.NaN;
  private boolean announced;

  EarlyStop(SampleSink next, WatchSettings settings) {
    this.next = next;
    this.settings = settings;
  }

  /** Starts the judged window at {@code windowStartMs}; nothing is decided before this call. */
  synchronized void windowStartsAt(long windowStartMs) {
    if (!settings.stopEarly()) {
      return;
    }
    // Buckets as the verdict's: one probe period wide, so each holds an exact live-set value.
    long bucketMs = Math.max(settings.liveProbe().toMillis(), settings.interval().toMillis());
    long latenessMs = EarlyStopRule.LATENESS_INTERVALS * settings.interval().toMillis();
    rule =
        new EarlyStopRule(
            WATCHED, Units.BYTES, windowStartMs, bucketMs, latenessMs, threshold(settings));
    rule.capacity(capacity);
  }

  @Override
  public synchronized void accept(long timestampMs, String resource, double value) {
    next.accept(timestampMs, resource, value);
    if (resource.equals(ResourceCatalog.capacityRow(WATCHED))) {
      capacity = value;
      if (rule != null) {
        rule.capacity(value);
      }
    } else if (rule != null && resource.equals(WATCHED)) {
      rule.offer(timestampMs, value);
    }
  }

  /**
   * Whether the run should end now; the first time it should, records the decision in the samples
   * and says so on stderr.
   *
   * @param runStartMs when sampling started, to say how far in the stop came
   */
  synchronized boolean stopNow(long runStartMs) {
    EarlyFail fail = rule == null ? null : rule.decision();
    if (fail == null) {
      return false;
    }
    if (!announced) {
      announced = true;
      next.accept(fail.atMs(), fail.eventRow(), fail.bounds().lowerPerHour());
      System.err.println(
          settings.messagePrefix()
              + "stopping early at "
              + DurationText.format(Duration.ofSeconds((fail.atMs() - runStartMs) / 1000))
              + ": "
              + fail.sentence());
    }
    return true;
  }

  /** The heap's threshold with the user's override applied, as the verdict will judge it. */
  public static Threshold threshold(WatchSettings settings) {
    Threshold threshold = DefaultThresholds.forResource(WATCHED, Units.BYTES);
    for (ThresholdOverride override : settings.thresholds()) {
      if (override.resource().equals(WATCHED)) {
        threshold = override.applyTo(threshold);
      }
    }
    return threshold;
  }
}
