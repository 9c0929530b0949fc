package dev.leakhunt.analyzer.series;

/**
 * One observation of one resource.
 *
 * @param timestampMs wall-clock time of the observation, milliseconds since the epoch
 * @param value the observed amount, in the unit of the series it belongs to
 */
public record Point(long timestampMs, double value) {}
