package dev.leakhunt.analyzer.diagnosis.model;

/**
 * One class's line in a class histogram.
 *
 * @param className Java source name, arrays as {@code byte[]} or {@code java.lang.Object[]}
 * @param instances live instances of the class
 * @param bytes shallow bytes of those instances
 */
public record HistogramRow(String className, long instances, long bytes) {}
