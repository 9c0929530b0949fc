package dev.leakhunt.analyzer.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CurvatureTest {

  @Test
  void exactParabolaHasInfiniteLackOfFitAndItsSlopeAtBothEnds() {
    double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = 3 + 2 * x[i] + 0.5 * x[i] * x[i];
    }

    Curvature curve = Curvature.of(x, y);

    assertThat(curve.lackOfFit()).isInfinite();
    // dy/dx = 2 + x: 2 at x = 0, 11 at x = 9.
    assertThat(curve.slopeAtStart()).isCloseTo(2, within(1e-9));
    assertThat(curve.slopeAtEnd()).isCloseTo(11, within(1e-9));
    assertThat(curve.significant(0.001)).isTrue();
  }

  @Test
  void lineWithNoiseIsSignificantInAboutOneInAThousandAtThatLevel() {
    int significant = 0;
    for (int seed = 0; seed < 2000; seed++) {
      Random random = new Random(seed);
      double[] x = new double[12];
      double[] y = new double[12];
      for (int i = 0; i < x.length; i++) {
        x[i] = i + 0.3 * random.nextDouble();
        y[i] = 5 * x[i] + random.nextGaussian();
      }
      significant += Curvature.of(x, y).significant(0.001) ? 1 : 0;
    }
    // Expected 2 of 2,000; a Poisson count above 8 would have probability under 0.1 %.
    assertThat(significant).isLessThanOrEqualTo(8);
  }

  @Test
  void slopesOfALineAreItsSlopeAtBothEnds() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
    double[] y = {10, 12.1, 13.9, 16, 18.2, 19.8, 22, 24.1};

    Curvature curve = Curvature.of(x, y);

    assertThat(curve.slopeAtStart()).isCloseTo(2, within(0.2));
    assertThat(curve.slopeAtEnd()).isCloseTo(2, within(0.2));
    assertThat(curve.significant(0.001)).isFalse();
  }

  @Test
  void tooFewPointsAreNeverSignificant() {
    Curvature curve = Curvature.of(new double[] {0, 1, 2}, new double[] {0, 1, 4});

    assertThat(curve.lackOfFit()).isNaN();
    assertThat(curve.significant(0.5)).isFalse();
  }

  @Test
  void studentQuantileMatchesTablesFromFiveDegreesOfFreedom() {
    assertThat(Curvature.studentTQuantile(0.9995, 5)).isCloseTo(6.8688, within(0.04));
    assertThat(Curvature.studentTQuantile(0.9995, 10)).isCloseTo(4.5869, within(0.002));
    assertThat(Curvature.studentTQuantile(0.975, 20)).isCloseTo(2.0860, within(0.001));
  }
}
