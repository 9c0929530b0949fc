package dev.leakhunt.analyzer.verdict;

import static dev.leakhunt.analyzer.verdict.SyntheticSeries.MIB;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefaultThresholdsTest {

  @Test
  void heapGets16MiBPerHourOr2PercentOfMaxHeap() {
    assertThat(DefaultThresholds.forResource("heap.live", "bytes"))
        .isEqualTo(new Threshold(16 * MIB, 0.02, 1e-4));
    assertThat(DefaultThresholds.forResource("heap.used", "bytes").minSlopePerHour())
        .isEqualTo(16 * MIB);
  }

  @Test
  void everyKnownResourceHasItsOwnAbsoluteLimit() {
    assertThat(DefaultThresholds.forResource("metaspace.used", "bytes").minSlopePerHour())
        .isEqualTo(4 * MIB);
    assertThat(
            DefaultThresholds.forResource("compressed-class-space.used", "bytes").minSlopePerHour())
        .isEqualTo(1 * MIB);
    assertThat(DefaultThresholds.forResource("classes.loaded", "count").minSlopePerHour())
        .isEqualTo(200);
    assertThat(DefaultThresholds.forResource("threads.live", "count").minSlopePerHour())
        .isEqualTo(10);
    assertThat(DefaultThresholds.forResource("buffer.direct.used", "bytes").minSlopePerHour())
        .isEqualTo(8 * MIB);
    assertThat(DefaultThresholds.forResource("buffer.mapped.used", "bytes").minSlopePerHour())
        .isEqualTo(8 * MIB);
    assertThat(DefaultThresholds.forResource("fd.open", "count").minSlopePerHour()).isEqualTo(20);
  }

  @Test
  void mbeanAttributesAreLimitedByTheirUnit() {
    assertThat(
            DefaultThresholds.forResource(
                    "mbean:dev.leakhunt.shop:type=NettyAllocator#UsedDirectMemory", "bytes")
                .minSlopePerHour())
        .isEqualTo(8 * MIB);
    assertThat(
            DefaultThresholds.forResource("mbean:com.zaxxer:type=Pool#ActiveConnections", "count")
                .minSlopePerHour())
        .isEqualTo(10);
  }
}
