package dev.leakhunt.contract.run;

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
    return toBuilder().endMs(endMs).commandExitCode(commandExitCode).build();
  }

  /**
   * A builder with nothing known yet: no end, planned duration or command, probes off ({@code 0}),
   * pid and max heap {@code -1}, no collectors, identity {@link RunIdentity#unknown()}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this run's values, to change some of them. */
  public Builder toBuilder() {
    return new Builder()
        .startMs(startMs)
        .endMs(endMs)
        .warmupMs(warmupMs)
        .plannedDurationMs(plannedDurationMs)
        .intervalMs(intervalMs)
        .liveProbeIntervalMs(liveProbeIntervalMs)
        .connection(connection)
        .targetHost(targetHost)
        .targetPid(targetPid)
        .targetJvm(targetJvm)
        .targetJavaVersion(targetJavaVersion)
        .collectorNames(collectorNames)
        .maxHeapBytes(maxHeapBytes)
        .command(command)
        .commandExitCode(commandExitCode)
        .commandLog(commandLog)
        .analyzerHost(analyzerHost)
        .analyzerVersion(analyzerVersion)
        .identity(identity);
  }

  /** Builds a {@link RunInfo} by name, each setter named after the component it sets. */
  public static final class Builder {
    private long startMs;
    private Long endMs;
    private long warmupMs;
    private Long plannedDurationMs;
    private long intervalMs;
    private long liveProbeIntervalMs;
    private String connection;
    private String targetHost;
    private long targetPid = -1;
    private String targetJvm;
    private String targetJavaVersion;
    private List<String> collectorNames = List.of();
    private long maxHeapBytes = -1;
    private List<String> command;
    private Integer commandExitCode;
    private String commandLog;
    private String analyzerHost;
    private String analyzerVersion;
    private RunIdentity identity = RunIdentity.unknown();

    private Builder() {}

    public Builder startMs(long startMs) {
      this.startMs = startMs;
      return this;
    }

    public Builder endMs(Long endMs) {
      this.endMs = endMs;
      return this;
    }

    public Builder warmupMs(long warmupMs) {
      this.warmupMs = warmupMs;
      return this;
    }

    public Builder plannedDurationMs(Long plannedDurationMs) {
      this.plannedDurationMs = plannedDurationMs;
      return this;
    }

    public Builder intervalMs(long intervalMs) {
      this.intervalMs = intervalMs;
      return this;
    }

    public Builder liveProbeIntervalMs(long liveProbeIntervalMs) {
      this.liveProbeIntervalMs = liveProbeIntervalMs;
      return this;
    }

    public Builder connection(String connection) {
      this.connection = connection;
      return this;
    }

    public Builder targetHost(String targetHost) {
      this.targetHost = targetHost;
      return this;
    }

    public Builder targetPid(long targetPid) {
      this.targetPid = targetPid;
      return this;
    }

    public Builder targetJvm(String targetJvm) {
      this.targetJvm = targetJvm;
      return this;
    }

    public Builder targetJavaVersion(String targetJavaVersion) {
      this.targetJavaVersion = targetJavaVersion;
      return this;
    }

    public Builder collectorNames(List<String> collectorNames) {
      this.collectorNames = collectorNames;
      return this;
    }

    public Builder maxHeapBytes(long maxHeapBytes) {
      this.maxHeapBytes = maxHeapBytes;
      return this;
    }

    public Builder command(List<String> command) {
      this.command = command;
      return this;
    }

    public Builder commandExitCode(Integer commandExitCode) {
      this.commandExitCode = commandExitCode;
      return this;
    }

    public Builder commandLog(String commandLog) {
      this.commandLog = commandLog;
      return this;
    }

    public Builder analyzerHost(String analyzerHost) {
      this.analyzerHost = analyzerHost;
      return this;
    }

    public Builder analyzerVersion(String analyzerVersion) {
      this.analyzerVersion = analyzerVersion;
      return this;
    }

    public Builder identity(RunIdentity identity) {
      this.identity = identity;
      return this;
    }

    public RunInfo build() {
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
}
