package dev.leakhunt.analyzer.sampler;

/**
 * Receives every observation the sampler makes, as it makes it. Implementations must be safe to
 * call from the sampling thread and the JMX notification thread at once.
 */
public interface SampleSink {
  /**
   * Records one observation.
   *
   * @param timestampMs wall-clock time of the observation, ms since the epoch
   * @param resource the resource id, e.g. {@code heap.live} or {@code capacity:heap.live}
   * @param value the observed amount, in the resource's unit
   */
  void accept(long timestampMs, String resource, double value);
}
