package dev.leakhunt.shop.metrics;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Records one endpoint's latencies with an HdrHistogram {@link Recorder} (wait-free for the event
 * loops) and publishes interval and since-start percentiles, refreshed by {@link #roll()}.
 */
public final class EndpointLatency implements LatencyMBean {
  private static final int SIGNIFICANT_DIGITS = 3;

  private final Recorder recorder = new Recorder(SIGNIFICANT_DIGITS);
  private final Histogram total = new Histogram(SIGNIFICANT_DIGITS);
  private Histogram recycled;
  private volatile LatencySummary interval = LatencySummary.EMPTY;
  private volatile LatencySummary sinceStart = LatencySummary.EMPTY;

  /** Records one request's latency; safe from any thread. */
  public void recordMicros(long latencyMicros) {
    recorder.recordValue(Math.max(0, latencyMicros));
  }

  /** Closes the current interval: its figures become the "Interval" attributes and join "Total". */
  public synchronized void roll() {
    Histogram closed = recorder.getIntervalHistogram(recycled);
    total.add(closed);
    interval = LatencySummary.of(closed);
    sinceStart = LatencySummary.of(total);
    recycled = closed;
  }

  @Override
  public long getIntervalP50Micros() {
    return interval.p50Micros();
  }

  @Override
  public long getIntervalP99Micros() {
    return interval.p99Micros();
  }

  @Override
  public long getIntervalMaxMicros() {
    return interval.maxMicros();
  }

  @Override
  public long getIntervalCount() {
    return interval.count();
  }

  @Override
  public long getTotalP50Micros() {
    return sinceStart.p50Micros();
  }

  @Override
  public long getTotalP99Micros() {
    return sinceStart.p99Micros();
  }

  @Override
  public long getTotalP999Micros() {
    return sinceStart.p999Micros();
  }

  @Override
  public long getTotalMaxMicros() {
    return sinceStart.maxMicros();
  }

  @Override
  public long getTotalCount() {
    return sinceStart.count();
  }
}
