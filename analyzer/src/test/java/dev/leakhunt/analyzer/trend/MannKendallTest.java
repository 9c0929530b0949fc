package dev.leakhunt.analyzer.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Exact figures, cross-checked with an independent NumPy/SciPy implementation of the same textbook
 * formulas (S, tie-corrected variance, continuity-corrected z, Hamed–Rao n/n*).
 */
class MannKendallTest {

  private static double[] index(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
    }
    return x;
  }

  @Test
  void strictlyRisingFivePointsGiveTheTextbookStatistic() {
    double[] y = {1, 2, 3, 4, 5};
    MannKendall test = MannKendall.test(index(5), y, 1.0);
    assertThat(test.s()).isEqualTo(10);
    assertThat(test.varianceOfS()).isCloseTo(16.666666666666668, within(1e-12));
    assertThat(test.serialCorrelationFactor()).isEqualTo(1.0);
    assertThat(test.z()).isCloseTo(2.2045407685048604, within(1e-12));
    assertThat(test.pValueOfGrowth()).isCloseTo(0.013743168055755164, within(1e-8));
  }

  @Test
  void tiesShrinkTheVarianceByTheirGroupTerm() {
    double[] y = {1, 2, 2, 3};
    MannKendall test = MannKendall.test(index(4), y, 0.5);
    assertThat(test.s()).isEqualTo(5);
    // (4*3*13 - 2*1*9) / 18
    assertThat(test.varianceOfS()).isCloseTo(7.666666666666667, within(1e-12));
    assertThat(test.z()).isCloseTo(1.4446302370292303, within(1e-12));
  }

  @Test
  void noisyRiseWithThreeTieGroupsMatchesReference() {
    double[] y = {5, 5, 5, 6, 6, 7, 4, 8, 8, 9, 9, 9};
    MannKendall test = MannKendall.test(index(12), y, 0.4);
    assertThat(test.s()).isEqualTo(46);
    assertThat(test.varianceOfS()).isCloseTo(203.33333333333334, within(1e-9));
  }

  @Test
  void noisyRiseOfTenIndependentPointsIsSignificantAtOnePercent() {
    double[] y = {10, 12, 11, 15, 14, 18, 17, 16, 20, 22};
    MannKendall test = MannKendall.test(index(10), y, 1.25);
    assertThat(test.s()).isEqualTo(35);
    assertThat(test.varianceOfS()).isCloseTo(125.0, within(1e-12));
    assertThat(test.serialCorrelationFactor()).isEqualTo(1.0);
    assertThat(test.z()).isCloseTo(3.041052449399714, within(1e-12));
    assertThat(test.pValueOfGrowth()).isCloseTo(0.001178763797897745, within(1e-9));
  }

  @Test
  void autocorrelatedNoiseInflatesTheVarianceByHamedRaoFactor() {
    // AR(1) with phi = 0.8, NumPy seed 7, rounded to 2 decimals.
    double[] y = {
      0.0, 0.3, -0.03, -0.92, -1.19, -1.94, -1.49, 0.14, -0.38, -0.92, -0.25, 0.16, 0.23, -0.74,
      -0.62, 0.2, -1.19, -1.41, -3.03, -3.71, -4.81, -4.08, -4.53, -3.36
    };
    double slope = TheilSen.fit(index(24), y).slope();
    assertThat(slope).isCloseTo(-0.16452380952380952, within(1e-12));
    MannKendall test = MannKendall.test(index(24), y, slope);
    assertThat(test.serialCorrelationFactor()).isCloseTo(2.3325322220312765, within(1e-9));
    assertThat(test.correctedVarianceOfS())
        .isCloseTo(test.varianceOfS() * 2.3325322220312765, within(1e-6));
  }

  @Test
  void alternatingSeriesNeverGetsASharperTestThanIndependentOne() {
    double[] y = new double[20];
    for (int i = 0; i < y.length; i++) {
      y[i] = (i % 2 == 0 ? 1 : -1) + 0.01 * i;
    }
    assertThat(MannKendall.hamedRaoFactor(index(20), y, 0.01)).isEqualTo(1.0);
  }

  @Test
  void constantSeriesHasNoTrend() {
    MannKendall test = MannKendall.test(index(12), new double[12], 0);
    assertThat(test.s()).isZero();
    assertThat(test.z()).isZero();
    assertThat(test.pValueOfGrowth()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void tiedValuesShareTheirAverageRank() {
    assertThat(MannKendall.ranks(new double[] {3, 1, 3, 2})).containsExactly(3.5, 1, 3.5, 2);
  }
}
