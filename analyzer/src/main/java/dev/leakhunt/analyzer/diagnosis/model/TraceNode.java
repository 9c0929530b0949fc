package dev.leakhunt.analyzer.diagnosis.model;

/**
 * One node of a leak trace, root first.
 *
 * @param text the step as printed, e.g. {@code static Workload.RETAINED} or {@code Object[]}
 * @param className full name of the class owning the step, or null for the root and skipped links
 * @param field the field's name, or null
 * @param kind {@code ROOT}, {@code STATIC_FIELD}, {@code FIELD}, {@code ARRAY}, {@code OBJECT} or
 *     {@code SKIPPED}
 * @param accumulationPoint whether this is the collection or field that keeps growing
 * @param leaking whether the node lies below the accumulation point: the objects that pile up
 */
public record TraceNode(
    String text,
    String className,
    String field,
    String kind,
    boolean accumulationPoint,
    boolean leaking) {}
