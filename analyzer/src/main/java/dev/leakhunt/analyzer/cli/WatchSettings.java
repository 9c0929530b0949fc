package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.sampler.ConnectionSpec;
import dev.leakhunt.analyzer.sampler.MBeanAttributeSpec;
import dev.leakhunt.analyzer.verdict.RunIdentity;
import dev.leakhunt.analyzer.verdict.ThresholdOverride;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The validated settings of one {@code watch} run.
 *
 * @param target where the target JVM is
 * @param duration how long to sample, or null when the command's life bounds the run
 * @param warmup start of the run excluded from the verdict
 * @param interval sampling period
 * @param liveProbe forced-GC probe period, zero for off
 * @param progress progress-line period
 * @param out evidence directory
 * @param mbeans extra MBean attributes to sample and judge
 * @param thresholds user thresholds
 * @param command command to run during the window, empty for none
 * @param identity the tags naming the tested version, and this machine
 * @param unresponsiveAfter how long the target may leave calls unanswered before the run ends with
 *     it as unresponsive
 * @param stopEarly end the run as FAIL as soon as the live heap is shown to grow above its limit
 */
record WatchSettings(
    ConnectionSpec target,
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
    boolean stopEarly) {}
