package dev.leakhunt.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgTrendChartTest {
  private static final double MIB = 1024 * 1024;

  @Test
  void byteTicksOnANarrowRangeGetDecimalsSoNeighboursDiffer() {
    double step = 0.05 * MIB;
    assertThat(SvgTrendChart.tick(2.90 * MIB, step, "bytes")).isEqualTo("2.90 MiB");
    assertThat(SvgTrendChart.tick(2.95 * MIB, step, "bytes")).isEqualTo("2.95 MiB");
  }

  @Test
  void countTicksWithWholeStepsHaveNoDecimals() {
    assertThat(SvgTrendChart.tick(96.5, 40.7, "count")).isEqualTo("97");
    assertThat(SvgTrendChart.tick(10.25, 0.25, "count")).isEqualTo("10.3");
  }

  @Test
  void largeByteValuesUseTheLargestFittingUnit() {
    assertThat(SvgTrendChart.tick(256 * MIB, 64 * MIB, "bytes")).isEqualTo("256 MiB");
  }
}
