package dev.leakhunt.analyzer.diagnosis;

import java.util.List;

/**
 * One named cause of a leak, with the evidence that points at the code.
 *
 * @param rank 1 for the strongest suspect of its kind, then 2, 3, ...
 * @param kind what the suspect is
 * @param name the class, thread name pattern or loader type
 * @param resource the judged resource it explains, e.g. {@code heap.live}
 * @param growthPerHour growth attributed to it per hour in {@code growthUnit}, or null when only
 *     sampled (JFR without histograms)
 * @param growthUnit {@code bytes}, {@code threads}, {@code loaders} or {@code buffers}
 * @param instancesPerHour object (or thread, loader) count growth per hour, or null when unknown
 * @param evidence one sentence with the figures that make it a suspect
 * @param applicationFrame the frame in the application's code that allocated or runs it, or null
 * @param stack the allocation stack (heap) or the thread's stack (threads), innermost frame first;
 *     empty when unknown
 * @param referencePath path from a sampled object to its GC root (JFR), or null when unknown
 * @param gcRoot the GC root that path ends at, or null when unknown
 * @param trace for a heap leak, the leak trace from the GC root through the accumulation point to
 *     the owner class, with its fingerprint; null when no JFR sample showed what holds it
 */
public record Suspect(
    int rank,
    SuspectKind kind,
    String name,
    String resource,
    Double growthPerHour,
    String growthUnit,
    Double instancesPerHour,
    String evidence,
    String applicationFrame,
    List<String> stack,
    String referencePath,
    String gcRoot,
    LeakTrace trace) {
  public Suspect {
    stack = List.copyOf(stack);
  }
}
