package dev.leakhunt.analyzer.diagnosis.model;

import java.util.List;

/**
 * JFR old-object samples that share a type and a reference path to a GC root: one leaking
 * structure. Grouping by path rather than by type is what names the code: {@code byte[]} tops any
 * count by type, while {@code byte[] <- Order.payload <- ... <- static OrderStore.ORDERS} says who
 * holds them.
 *
 * @param objectType Java source name of the sampled objects' class
 * @param referencePath the sampled object, then each referrer towards the GC root, joined by {@code
 *     " <- "}; static fields read {@code static Owner.field}; repeated links (long linked lists)
 *     appear once and {@code ...} marks links JFR skipped
 * @param gcRoot the root the path ends at: {@code static field Owner.field}, else JFR's root such
 *     as {@code Threads / Stack Variable (Thread Name: main)}, or {@code unknown} when JFR did not
 *     reach one
 * @param sampleCount how many samples of the recording fell in this group
 * @param applicationFrame the allocation frame in the application's code (outside the Java platform
 *     and generated classes, constructors skipped when a caller is known), or null when every frame
 *     is the JDK's or generated
 * @param allocationStack the group's most frequent allocation stack, innermost frame first, as
 *     {@code class.method:line}
 * @param links the reference path step by step, with full class names: the object first, the step
 *     nearest the root last
 */
public record OldObjectGroup(
    String objectType,
    String referencePath,
    String gcRoot,
    int sampleCount,
    String applicationFrame,
    List<String> allocationStack,
    List<PathLink> links) {
  public OldObjectGroup {
    allocationStack = List.copyOf(allocationStack);
    links = links == null ? List.of() : List.copyOf(links);
  }
}
