package dev.leakhunt.analyzer.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Exact figures, cross-checked with SciPy's {@code theilslopes} and a NumPy transcription. */
class TheilSenTest {
  private static final double[] X = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  private static final double[] Y = {10, 12, 11, 15, 14, 18, 17, 16, 20, 22};

  @Test
  void slopeIsTheMedianOfTheFortyFivePairwiseSlopes() {
    TheilSen fit = TheilSen.fit(X, Y);
    assertThat(fit.pairCount()).isEqualTo(45);
    assertThat(fit.slope()).isEqualTo(1.25);
    assertThat(fit.intercept(X, Y)).isEqualTo(10.0);
  }

  @Test
  void senIntervalTakesRanksFromTheMannKendallVariance() {
    // Var S = 125, C = 1.95996 * sqrt(125) = 21.913; ranks (45 - C) / 2 = 11.54 and
    // (45 + C) / 2 + 1 = 34.46, interpolated. SciPy rounds the ranks instead: same lower bound
    // (0.6667), upper 1.5714 against our 1.5845.
    double[] interval = TheilSen.fit(X, Y).interval(125.0, 0.95);
    assertThat(interval[0]).isCloseTo(0.6666666666666666, within(1e-9));
    assertThat(interval[1]).isCloseTo(1.5844723359202078, within(1e-9));
  }

  @Test
  void oneWildOutlierDoesNotMoveTheSlope() {
    double[] y = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    double[] spiked = y.clone();
    spiked[4] = 1_000;
    assertThat(TheilSen.fit(X, spiked).slope()).isEqualTo(1.0);
  }

  @Test
  void exactLineHasADegenerateInterval() {
    double[] y = new double[10];
    for (int i = 0; i < 10; i++) {
      y[i] = 3 + 2 * X[i];
    }
    TheilSen fit = TheilSen.fit(X, y);
    assertThat(fit.interval(125.0, 0.95)).containsExactly(2.0, 2.0);
  }

  @Test
  void pairsWithEqualAbscissaeAreSkipped() {
    TheilSen fit = TheilSen.fit(new double[] {0, 0, 1}, new double[] {0, 5, 1});
    assertThat(fit.pairCount()).isEqualTo(2);
    assertThat(fit.slope()).isEqualTo(-1.5);
  }
}
