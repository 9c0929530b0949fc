package dev.leakhunt.analyzer.verdict;

import java.util.List;

/**
 * What was watched, how and when: the run's metadata, written to {@code run.json} when sampling
 * starts and completed in {@code verdict.json} at the end.
 *
 * @param startMs when sampling started, ms since the epoch
 * @param endMs when sampling ended, ms since the epoch, or null while running
 * @param warmupMs length of the warm-up excluded from the verdict, ms
 * @param plannedDurationMs the requested duration, ms, or null when a command bounds the run
 * @param intervalMs sampling period, ms
 * @param liveProbeIntervalMs forced-GC probe period, ms, or 0 when probes are off
 * @param connection how the target was reached, e.g. {@code 127.0.0.1:9010} or {@code pid 42}
 * @param targetHost host the target runs on
 * @param targetPid the target's process id, or -1
 * @param targetJvm VM name and version
 * @param targetJavaVersion the target's {@code java.version}
 * @param collectorNames the target's garbage collectors
 * @param maxHeapBytes the target's maximum heap, or -1 when undefined
 * @param command the command run during the window, or null
 * @param commandExitCode the command's exit code, or null when none ran or it did not end
 * @param commandLog file holding the command's output, relative to the run directory, or null
 * @param analyzerHost host the analyzer ran on
 * @param analyzerVersion version of the analyzer
 * @param identity the tags naming the tested version and the machine; {@link RunIdentity#unknown()}
 *     for run folders written before format 2
 */
public record RunInfo(
    long startMs,
    Long endMs,
    long warmupMs,
    Long plannedDurationMs,
    long intervalMs,
    long liveProbeIntervalMs,
    String connection,
    String targetHost,
    long targetPid,
    String targetJvm,
    String targetJavaVersion,
    List<String> collectorNames,
    long maxHeapBytes,
    List<String> command,
    Integer commandExitCode,
    String commandLog,
    String analyzerHost,
    String analyzerVersion,
    RunIdentity identity) {

  public RunInfo {
    collectorNames = collectorNames == null ? List.of() : List.copyOf(collectorNames);
    command = command == null ? null : List.copyOf(command);
    identity = identity == null ? RunIdentity.unknown() : identity;
  }

  /** First timestamp of the judged window: the start plus the warm-up. */
  public long windowStartMs() {
    return startMs + warmupMs;
  }

  /** A copy with the end time and the command's exit code filled in. */
  public RunInfo ended(long endMs, Integer commandExitCode) {
    return new RunInfo(
        startMs,
        endMs,
        warmupMs,
        plannedDurationMs,
        intervalMs,
        liveProbeIntervalMs,
        connection,
        targetHost,
        targetPid,
        targetJvm,
        targetJavaVersion,
        collectorNames,
        maxHeapBytes,
        command,
        commandExitCode,
        commandLog,
        analyzerHost,
        analyzerVersion,
        identity);
  }
}
