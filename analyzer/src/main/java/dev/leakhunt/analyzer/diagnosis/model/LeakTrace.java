package dev.leakhunt.analyzer.diagnosis.model;

import java.util.List;

/**
 * What holds a leak, LeakCanary-style: the GC root, the chain of fields down to the accumulation
 * point (the collection or field that keeps growing), then the leaking objects; the application
 * class that piles up and the line that allocates it.
 *
 * @param fingerprint stable hash of the class.field chain from the root to the accumulation point
 *     (no addresses, lambda numbers or array indices): two runs with the same fingerprint hold the
 *     same leak
 * @param fingerprintSource the chain that was hashed, root first, joined by {@code " -> "}
 * @param ownerClass the application class whose objects pile up at the accumulation point (never
 *     {@code byte[]} or {@code String}), or, when the leaking objects are all the platform's, the
 *     class that declares the accumulation point or allocates them
 * @param allocatingFrame the first application frame of the allocation stack (generated frames
 *     skipped), or null when JFR sampled no stack in the application
 * @param gcRoot the root the trace starts from
 * @param accumulationPoint the growing collection or field as printed, e.g. {@code static
 *     Workload.RETAINED}
 * @param path the nodes, root first; the accumulation point and the leaking nodes are marked
 * @param sampleCount JFR old-object samples held through this accumulation point
 * @param ownerInstancesBefore live instances of the owner class in the first histogram, or null
 * @param ownerInstancesAfter live instances of the owner class in the second histogram, or null
 * @param ownerInstancesPerHour the owner class's instance growth per hour, or null
 * @param ownerBytesPerHour the owner class's shallow byte growth per hour, or null
 */
public record LeakTrace(
    String fingerprint,
    String fingerprintSource,
    String ownerClass,
    String allocatingFrame,
    String gcRoot,
    String accumulationPoint,
    List<TraceNode> path,
    int sampleCount,
    Long ownerInstancesBefore,
    Long ownerInstancesAfter,
    Double ownerInstancesPerHour,
    Double ownerBytesPerHour) {
  public LeakTrace {
    path = List.copyOf(path);
  }

  /** A copy with the owner class's growth between the histograms. */
  public LeakTrace withOwnerGrowth(ClassGrowth growth) {
    if (growth == null) {
      return this;
    }
    return new LeakTrace(
        fingerprint,
        fingerprintSource,
        ownerClass,
        allocatingFrame,
        gcRoot,
        accumulationPoint,
        path,
        sampleCount,
        growth.instancesBefore(),
        growth.instancesAfter(),
        growth.instancesPerHour(),
        growth.bytesPerHour());
  }

  /**
   * A copy naming another class as what piles up, with its growth: the JDK holder of native memory
   * ({@code Deflater}) rather than the application class the path fell back to, and the line that
   * made it.
   */
  public LeakTrace withOwner(ClassGrowth growth, String ownerAllocatingFrame) {
    return new LeakTrace(
            fingerprint,
            fingerprintSource,
            growth.className(),
            ownerAllocatingFrame,
            gcRoot,
            accumulationPoint,
            path,
            sampleCount,
            null,
            null,
            null,
            null)
        .withOwnerGrowth(growth);
  }
}
