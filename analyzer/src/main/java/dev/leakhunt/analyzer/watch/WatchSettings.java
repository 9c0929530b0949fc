package dev.leakhunt.analyzer.watch;

import dev.leakhunt.analyzer.sampler.ConnectionSpec;
import dev.leakhunt.analyzer.sampler.MBeanAttributeSpec;
import dev.leakhunt.analyzer.verdict.ThresholdOverride;
import dev.leakhunt.contract.run.RunIdentity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The validated settings of one {@code watch} run.
 *
 * @param targets the JVMs to watch, one or more, on one schedule
 * @param targetLabel null in a watch of one target; in the settings of one target of a watch of
 *     several, that target's name, which its lines on stderr start with
 * @param duration how long to sample, or null when the command's life bounds the run
 * @param warmup start of the run excluded from the verdict
 * @param interval sampling period
 * @param liveProbe forced-GC probe period, zero for off
 * @param progress progress-line period
 * @param out evidence directory (of this target, in the settings of one target of several)
 * @param mbeans extra MBean attributes to sample and judge
 * @param thresholds user thresholds
 * @param command command to run during the window, empty for none
 * @param identity the tags naming the tested version, and this machine
 * @param unresponsiveAfter how long the target may leave calls unanswered before the run ends with
 *     it as unresponsive
 * @param stopEarly end the run as FAIL as soon as the live heap is shown to grow above its limit
 */
public record WatchSettings(
    List<WatchTarget> targets,
    String targetLabel,
    Duration duration,
    Duration warmup,
    Duration interval,
    Duration liveProbe,
    Duration progress,
    Path out,
    List<MBeanAttributeSpec> mbeans,
    List<ThresholdOverride> thresholds,
    List<String> command,
    RunIdentity identity,
    Duration unresponsiveAfter,
    boolean stopEarly) {
  public WatchSettings {
    targets = List.copyOf(targets);
  }

  /** The target of a watch of one target (or of the settings of one target of several). */
  public ConnectionSpec target() {
    return targets.get(0).connection();
  }

  /** Whether several targets are watched, each with its own folder under {@code targets/}. */
  public boolean severalTargets() {
    return targets.size() > 1;
  }

  /**
   * The settings of one target of this watch, its evidence in {@code out}; its stderr lines carry
   * its name when the watch has several targets.
   */
  public WatchSettings forTarget(WatchTarget target, Path targetOut) {
    return new WatchSettings(
        List.of(target),
        severalTargets() ? target.name() : null,
        duration,
        warmup,
        interval,
        liveProbe,
        progress,
        targetOut,
        mbeans,
        thresholds,
        command,
        identity,
        unresponsiveAfter,
        stopEarly);
  }

  /** How this target's lines on stderr start: {@code analyzer: } or {@code analyzer: NAME: }. */
  public String messagePrefix() {
    return targetLabel == null ? "analyzer: " : "analyzer: " + targetLabel + ": ";
  }
}
