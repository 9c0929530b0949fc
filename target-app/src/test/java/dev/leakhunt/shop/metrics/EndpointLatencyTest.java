package dev.leakhunt.shop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndpointLatencyTest {
  private final EndpointLatency latency = new EndpointLatency();

  @Test
  void rollPublishesTheIntervalAndAddsItToTheTotal() {
    for (int micros = 1; micros <= 100; micros++) {
      latency.recordMicros(micros);
    }
    latency.roll();
    latency.recordMicros(5000);
    latency.roll();

    assertThat(latency.getIntervalCount()).isEqualTo(1);
    assertThat(latency.getIntervalMaxMicros()).isBetween(4995L, 5005L); // 3 significant digits
    assertThat(latency.getTotalCount()).isEqualTo(101);
    assertThat(latency.getTotalP50Micros()).isEqualTo(51);
    assertThat(latency.getTotalP99Micros()).isEqualTo(100);
    assertThat(latency.getTotalMaxMicros()).isBetween(4995L, 5005L);
  }

  @Test
  void emptyIntervalReadsAsZero() {
    latency.recordMicros(10);
    latency.roll();
    latency.roll();

    assertThat(latency.getIntervalCount()).isZero();
    assertThat(latency.getIntervalP99Micros()).isZero();
    assertThat(latency.getTotalCount()).isEqualTo(1);
  }

  @Test
  void valuesBeforeTheFirstRollAreNotYetPublished() {
    latency.recordMicros(10);

    assertThat(latency.getTotalCount()).isZero();
  }
}
