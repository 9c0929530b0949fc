package dev.leakhunt.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakhunt.analyzer.verdict.ThresholdOverride;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ThresholdConverterTest {
  private final ThresholdConverter converter = new ThresholdConverter();

  @Test
  void sizeWithUnitAndPercentageParse() {
    assertThat(converter.convert("heap.live=32MiB,5%"))
        .isEqualTo(new ThresholdOverride("heap.live", 32 * 1024 * 1024, 0.05));
  }

  @Test
  void plainCountWithoutFractionJudgesOnTheAbsoluteLimitOnly() {
    ThresholdOverride override = converter.convert("threads.live=20");
    assertThat(override.minSlopePerHour()).isEqualTo(20);
    assertThat(override.minFractionOfCapacityPerHour()).isNaN();
  }

  @Test
  void mbeanResourceWithEqualsInItsNameKeepsTheWholeCanonicalId() {
    ThresholdOverride override =
        converter.convert("mbean:dev.leakhunt.shop:type=Latency,endpoint=cart#TotalCount=1000,0.1");
    assertThat(override)
        .isEqualTo(
            new ThresholdOverride(
                "mbean:dev.leakhunt.shop:endpoint=cart,type=Latency#TotalCount", 1000, 0.1));
  }

  @Test
  void zeroSlopeIsRefusedWithTheRule() {
    assertThatThrownBy(() -> converter.convert("heap.live=0"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("--threshold minSlopePerHour must be positive (got '0' in 'heap.live=0')");
  }

  @Test
  void fractionAboveOneIsRefused() {
    assertThatThrownBy(() -> converter.convert("heap.live=1MB,150%"))
        .hasMessageContaining("fractionPerHour must lie in (0, 1]");
  }

  @Test
  void missingLimitIsRefused() {
    assertThatThrownBy(() -> converter.convert("heap.live"))
        .hasMessage(
            "--threshold must be RESOURCE=minSlopePerHour[,fractionPerHour], e.g."
                + " heap.live=32MiB,5% (got 'heap.live')");
  }
}
