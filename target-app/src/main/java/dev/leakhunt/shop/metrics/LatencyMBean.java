package dev.leakhunt.shop.metrics;

/**
 * Server-side latency of one endpoint, in microseconds from the full request being decoded to the
 * response being written. "Interval" figures cover the last completed interval (see {@code
 * --latency-interval}); "Total" figures cover everything since start.
 */
public interface LatencyMBean {
  /** Median latency of the last interval, microseconds (0 if the interval saw no request). */
  long getIntervalP50Micros();

  /** 99th percentile latency of the last interval, microseconds. */
  long getIntervalP99Micros();

  /** Highest latency of the last interval, microseconds. */
  long getIntervalMaxMicros();

  /** Requests in the last interval. */
  long getIntervalCount();

  /** Median latency since start, microseconds. */
  long getTotalP50Micros();

  /** 99th percentile latency since start, microseconds. */
  long getTotalP99Micros();

  /** 99.9th percentile latency since start, microseconds. */
  long getTotalP999Micros();

  /** Highest latency since start, microseconds. */
  long getTotalMaxMicros();

  /** Requests since start, up to the last completed interval. */
  long getTotalCount();
}
