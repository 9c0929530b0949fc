package dev.leakhunt.analyzer.sampler;

import java.util.List;

/**
 * What the target JVM is, read once when connecting.
 *
 * @param jvm VM name and version, e.g. {@code OpenJDK 64-Bit Server VM 17.0.15+6}
 * @param javaVersion the {@code java.version} property
 * @param pid the target's process id, or -1 when unknown
 * @param host the host the target runs on, as addressed
 * @param collectorNames the garbage collectors' names
 * @param maxHeapBytes the maximum heap, or -1 when undefined
 * @param startTimeMs the target's start time, ms since the epoch
 */
public record TargetDescription(
    String jvm,
    String javaVersion,
    long pid,
    String host,
    List<String> collectorNames,
    long maxHeapBytes,
    long startTimeMs) {
  public TargetDescription {
    collectorNames = List.copyOf(collectorNames);
  }
}
