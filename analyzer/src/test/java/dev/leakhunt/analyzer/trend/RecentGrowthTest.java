package dev.leakhunt.analyzer.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RecentGrowthTest {

  /** 30 buckets one minute apart: {@code rising} at 1 unit/min, then flat. */
  private static ReducedSeries risingThenFlat(int rising) {
    long[] times = new long[30];
    double[] values = new double[30];
    for (int i = 0; i < 30; i++) {
      times[i] = i * 60_000L;
      values[i] = Math.min(i, rising) + (i % 2 == 0 ? 0.1 : -0.1);
    }
    return new ReducedSeries(times, values, 60_000, 30, 0, 29 * 60_000L, BucketStatistic.MINIMUM);
  }

  private static RecentGrowth recent(ReducedSeries reduced) {
    return RecentGrowth.of(reduced, 0, 15, 0.95);
  }

  private static RecentGrowth settled(ReducedSeries reduced) {
    return RecentGrowth.of(reduced, 0, RiseHistory.of(reduced).bucketsSinceLastRise(), 0.95);
  }

  @Test
  void growthThatContinuesShowsInTheLatestHalfWithABoundAboveIt() {
    RecentGrowth recent = recent(risingThenFlat(30));
    assertThat(recent.bucketCount()).isEqualTo(15);
    assertThat(recent.slopePerHour()).isCloseTo(60, within(1.0));
    assertThat(recent.slopeUpperPerHour()).isGreaterThanOrEqualTo(recent.slopePerHour());
    assertThat(recent.pValue()).isLessThan(1e-5);
  }

  @Test
  void cacheFullByMidWindowShowsAFlatLatestHalfWithATightBound() {
    RecentGrowth recent = recent(risingThenFlat(14));
    assertThat(recent.bucketCount()).isEqualTo(15);
    assertThat(recent.slopePerHour()).isCloseTo(0, within(1e-9));
    assertThat(recent.slopeUpperPerHour()).isLessThan(1.0);
    assertThat(recent.pValue()).isGreaterThan(0.3);
  }

  @Test
  void cacheFullByAThirdIsJudgedFlatOnEverythingSince() {
    RecentGrowth recent = settled(risingThenFlat(9));
    assertThat(recent.bucketCount()).isEqualTo(21); // from bucket 9, the last rise, to 29
    assertThat(recent.slopeUpperPerHour()).isLessThan(0.5);
  }
}
