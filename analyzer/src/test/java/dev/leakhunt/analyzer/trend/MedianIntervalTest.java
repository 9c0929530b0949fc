package dev.leakhunt.analyzer.trend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MedianIntervalTest {
  @Test
  void hundredValuesGiveTheOrderStatisticInterval() {
    double[] values = new double[100];
    for (int i = 0; i < 100; i++) {
      values[99 - i] = i + 1; // 1..100, reversed: sorting is the interval's job
    }

    MedianInterval median = MedianInterval.of(values);

    // n/2 -+ 1.96 * sqrt(100) / 2 = 50 -+ 9.8: ranks 40 and 61.
    assertThat(median.median()).isEqualTo(50.5);
    assertThat(median.lower()).isEqualTo(40);
    assertThat(median.upper()).isEqualTo(61);
    assertThat(median.count()).isEqualTo(100);
  }

  @Test
  void fewValuesSpanTheirRangeAndNoneGiveNaN() {
    MedianInterval few = MedianInterval.of(new double[] {3, 1, 2});
    assertThat(few.median()).isEqualTo(2);
    assertThat(few.lower()).isEqualTo(1);
    assertThat(few.upper()).isEqualTo(3);
    assertThat(MedianInterval.of(new double[0]).median()).isNaN();
  }
}
