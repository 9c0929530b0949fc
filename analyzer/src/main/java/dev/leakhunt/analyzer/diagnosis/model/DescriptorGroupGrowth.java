package dev.leakhunt.analyzer.diagnosis.model;

/**
 * How many more descriptors of one kind a local target held at the end than at warm-up end.
 *
 * @param pattern the path (digits of the file name as {@code #}) or socket kind they point at
 * @param countBefore open descriptors of that kind at warm-up end
 * @param countAfter open descriptors of that kind at the end
 * @param countGrowth {@code countAfter - countBefore}
 * @param perHour growth scaled to one hour
 */
public record DescriptorGroupGrowth(
    String pattern, int countBefore, int countAfter, int countGrowth, double perHour) {}
