package dev.leakhunt.analyzer.verdict;

/** The default threshold of a resource, given its id and unit. */
@FunctionalInterface
public interface ThresholdPolicy {
  /** The threshold applied to {@code resource} when the user set none. */
  Threshold forResource(String resource, String unit);
}
