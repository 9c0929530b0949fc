package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.trend.Trend;
import java.time.Duration;

/**
 * The judgement of one resource, with the figures that justify it.
 *
 * @param resource the series' identifier, e.g. {@code heap.live}
 * @param unit {@code bytes} or {@code count}
 * @param capacity limit of the resource, or NaN when unknown
 * @param outcome PASS, FAIL or INCONCLUSIVE
 * @param trend the fitted trend, or null when there was too little data to fit one
 * @param threshold the limits applied
 * @param timeToExhaustion projected time from the window's end until the capacity is reached at the
 *     fitted slope, or null when there is no capacity or no growth
 * @param reason one human sentence saying why, with the figures
 */
public record ResourceVerdict(
    String resource,
    String unit,
    double capacity,
    Outcome outcome,
    Trend trend,
    Threshold threshold,
    Duration timeToExhaustion,
    String reason) {}
