package dev.leakhunt.soak.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the analyzer watches the target.
 *
 * @param warmup start of the run excluded from the leak verdict
 * @param sampleInterval sampling period
 * @param liveProbe forced-GC probe period, or null for the analyzer's default
 * @param thresholds {@code RESOURCE=minSlopePerHour[,fractionPerHour]} overrides, passed through
 * @param extraArguments further {@code analyzer watch} options, passed through as they are (e.g.
 *     {@code --heap-dump-on-leak}, {@code --no-jfr}, {@code --ssl})
 * @param tags {@code KEY=VALUE} tags naming what is tested, passed as {@code --tag}
 * @param baseline a run folder (or its {@code analyzer} folder) to compare this run with, or null
 * @param stopEarly pass {@code --stop-early}: end the soak as FAIL once the live heap certainly
 *     grows above its limit
 */
public record WatchOptions(
    Duration warmup,
    Duration sampleInterval,
    Duration liveProbe,
    List<String> thresholds,
    List<String> extraArguments,
    List<String> tags,
    Path baseline,
    boolean stopEarly) {
  /** Copies the lists. */
  public WatchOptions {
    thresholds = List.copyOf(thresholds);
    extraArguments = List.copyOf(extraArguments);
    tags = List.copyOf(tags);
  }

  /** Options without tags or baseline, of a watch that runs its whole planned course. */
  public WatchOptions(
      Duration warmup,
      Duration sampleInterval,
      Duration liveProbe,
      List<String> thresholds,
      List<String> extraArguments) {
    this(warmup, sampleInterval, liveProbe, thresholds, extraArguments, List.of(), null, false);
  }
}
