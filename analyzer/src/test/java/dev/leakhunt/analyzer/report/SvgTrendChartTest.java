package dev.leakhunt.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgTrendChartTest {
  private static final double MIB = 1024 * 1024;

  private static List<String> labels(double min, double max, String unit) {
    AxisTicks ticks = AxisTicks.of(min, max, unit);
    return ticks.values().stream().map(ticks::label).toList();
  }

  @Test
  void countTicksAreWholeUnitsEvenOnAFlatSeries() {
    // Was "19.8, 20.4, 21.0, 21.6, 22.2" threads for a flat 21.
    assertThat(labels(21, 21, "count")).containsExactly("19", "20", "21", "22", "23");
    assertThat(labels(13, 16, "count")).containsExactly("13", "14", "15", "16");
    assertThat(labels(96, 2_000, "count")).containsExactly("0", "500", "1000", "1500", "2000");
  }

  @Test
  void byteTicksArePowersOfTwoOfABinaryUnit() {
    assertThat(labels(36 * MIB, 94 * MIB, "bytes"))
        .containsExactly("32 MiB", "48 MiB", "64 MiB", "80 MiB", "96 MiB");
    assertThat(labels(0, 256 * MIB, "bytes"))
        .containsExactly("0 MiB", "64 MiB", "128 MiB", "192 MiB", "256 MiB");
    // A step of 1024 KiB is labelled 1 MiB.
    assertThat(labels(5.5 * MIB, 9.0 * MIB, "bytes"))
        .containsExactly("5 MiB", "6 MiB", "7 MiB", "8 MiB", "9 MiB");
    assertThat(labels(2.90 * MIB, 2.95 * MIB, "bytes"))
        .containsExactly("2960 KiB", "2976 KiB", "2992 KiB", "3008 KiB", "3024 KiB");
  }

  @Test
  void aFlatZeroByteSeriesHasNoNegativeTick() {
    // Was "-0.1 B" to "1.1 B" for buffer.mapped.used at 0.
    assertThat(labels(0, 0, "bytes")).containsExactly("0 B", "1 B");
    assertThat(labels(0, 24 * 1024, "bytes")).allSatisfy(l -> assertThat(l).doesNotStartWith("-"));
  }

  @Test
  void otherUnitsGetDecimalsSoNeighboursDiffer() {
    assertThat(labels(0.21, 0.29, "ratio"))
        .containsExactly("0.20", "0.22", "0.24", "0.26", "0.28", "0.30");
  }

  @Test
  void timeAxisStepsAreRoundAndAtMostSixIntervals() {
    assertThat(SvgTrendChart.timeStepMs(85_000)).isEqualTo(15_000);
    assertThat(SvgTrendChart.timeStepMs(600_000)).isEqualTo(120_000);
    assertThat(SvgTrendChart.timeStepMs(8 * 3_600_000L)).isEqualTo(7_200_000);
  }
}
