package dev.leakhunt.analyzer.diagnosis.model;

/**
 * What one class histogram cost the target: it runs a full GC and walks the heap.
 *
 * @param moment {@code warmup-end} or {@code run-end}
 * @param takenAtMs when it was requested, ms since the epoch
 * @param durationMs how long the target took, ms (the target's pause is at most this)
 * @param liveBytes the live heap it counted, bytes
 * @param liveInstances the live objects it counted
 */
public record HistogramCost(
    String moment, long takenAtMs, long durationMs, long liveBytes, long liveInstances) {}
