package dev.leakhunt.analyzer.compare;

/**
 * One class's growth in the run's diagnosis beside the baseline's.
 *
 * @param className the class
 * @param runBytesPerHour its growth in the run, bytes/h
 * @param baselineBytesPerHour its growth in the baseline, bytes/h, or null when the baseline's
 *     diagnosis did not list it
 */
public record ClassGrowthChange(
    String className, double runBytesPerHour, Double baselineBytesPerHour) {}
