package dev.leakhunt.analyzer.verdict;

/**
 * A period when the target could not be sampled (connection lost, then regained).
 *
 * @param startMs when the connection was lost, ms since the epoch
 * @param durationMs how long until sampling resumed, ms
 */
public record SamplingGap(long startMs, long durationMs) {}
