package dev.leakhunt.contract.verdict;

import java.util.List;
import java.util.Map;

/**
 * The {@code run} section of {@code verdict.json}: what was watched, how and when (the same fields
 * as {@code run.json}).
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
 * @param identity the tags naming the tested version and the machine; null in format 1
 */
public record VerdictRun(
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
    Identity identity) {

  /**
   * What was tested and where ({@code run.identity}, since format 2).
   *
   * @param tags {@code KEY=VALUE} pairs naming the tested version, sorted by key
   * @param machine the machine the analyzer ran on, or null when unknown
   */
  public record Identity(Map<String, String> tags, Machine machine) {}

  /**
   * The machine a run was measured on.
   *
   * @param hostName the host name
   * @param cores processors available to the JVM
   * @param os operating system name, version and architecture
   * @param jvm the analyzer JVM's name and version
   */
  public record Machine(String hostName, int cores, String os, String jvm) {}
}
