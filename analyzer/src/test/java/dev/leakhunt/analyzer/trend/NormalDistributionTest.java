package dev.leakhunt.analyzer.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/** Reference values from SciPy 1.17 ({@code scipy.stats.norm}). */
class NormalDistributionTest {

  @Test
  void cdfMatchesReferenceAtTheUsualQuantile() {
    assertThat(NormalDistribution.cdf(1.96)).isCloseTo(0.9750021048517795, within(1e-7));
    assertThat(NormalDistribution.cdf(0)).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void upperTailKeepsRelativeAccuracyFarOut() {
    assertThat(NormalDistribution.upperTail(3))
        .isCloseTo(0.0013498980316300933, withinPercentage(1e-4));
    assertThat(NormalDistribution.upperTail(6))
        .isCloseTo(9.865876450376946e-10, withinPercentage(1e-4));
    assertThat(NormalDistribution.upperTail(10))
        .isCloseTo(7.61985302416047e-24, withinPercentage(1e-4));
    assertThat(NormalDistribution.upperTail(-3)).isCloseTo(1 - 0.0013498980316300933, within(1e-9));
  }

  @Test
  void quantileInvertsTheCdf() {
    assertThat(NormalDistribution.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-7));
    assertThat(NormalDistribution.quantile(0.001)).isCloseTo(-3.090232306167813, within(1e-7));
    assertThat(NormalDistribution.quantile(0.5)).isCloseTo(0, within(1e-9));
  }

  @Test
  void quantileRejectsProbabilitiesOutsideTheOpenInterval() {
    assertThatThrownBy(() -> NormalDistribution.quantile(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probability must lie strictly between 0 and 1 (got 1.0)");
  }
}
