package dev.leakhunt.analyzer.verdict;

/**
 * The target ended before the run did.
 *
 * @param atMs when it was seen gone, ms since the epoch
 * @param cause how: {@code process-exited}, {@code connection-refused} or {@code out-of-memory}
 * @param lastLiveHeapBytes the last live-heap point before, or NaN when none was taken
 * @param maxHeapBytes the target's max heap, or NaN when unknown
 */
public record TargetDeath(long atMs, String cause, double lastLiveHeapBytes, double maxHeapBytes) {}
