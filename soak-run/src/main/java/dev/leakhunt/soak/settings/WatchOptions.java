package dev.leakhunt.soak.settings;

import java.time.Duration;
import java.util.List;

/**
 * How the analyzer watches the target.
 *
 * @param warmup start of the run excluded from the leak verdict
 * @param sampleInterval sampling period
 * @param liveProbe forced-GC probe period, or null for the analyzer's default
 * @param thresholds {@code RESOURCE=minSlopePerHour[,fractionPerHour]} overrides, passed through
 */
public record WatchOptions(
    Duration warmup, Duration sampleInterval, Duration liveProbe, List<String> thresholds) {
  /** Copies the threshold list. */
  public WatchOptions {
    thresholds = List.copyOf(thresholds);
  }
}
