package dev.leakhunt.analyzer.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RiseHistoryTest {
  private static final long BUCKET_MS = 20_000;

  private static ReducedSeries series(double[] values) {
    long[] times = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      times[i] = i * BUCKET_MS;
    }
    return new ReducedSeries(
        times,
        values,
        BUCKET_MS,
        values.length,
        0,
        (values.length - 1) * BUCKET_MS,
        BucketStatistic.MINIMUM);
  }

  /** 24 buckets of 20 s, noise 0.2, a step of {@code step} every {@code every} buckets. */
  private static double[] staircase(int every, double step, long seed) {
    Random random = new Random(seed);
    double[] values = new double[24];
    for (int i = 0; i < values.length; i++) {
      values[i] = 100 + step * ((i + 1) / every) + 0.2 * random.nextGaussian();
    }
    return values;
  }

  @Test
  void staircaseStepsTwoMinutesApartArePausesOfTwoMinutes() {
    RiseHistory rises = RiseHistory.of(series(staircase(6, 4, 1)));
    assertThat(rises.riseCount()).isEqualTo(4);
    assertThat(rises.longestPauseMs()).isEqualTo(120_000);
    assertThat(rises.quietSinceLastRiseMs()).isZero(); // the fourth step lands in the last bucket
  }

  @Test
  void noisyFlatSeriesAlmostNeverShowsTwoRises() {
    // The envelope's last buckets are the least certain: a flat series shows one rise near its end
    // in about 5 % of seeds, which sets no pause; two rises (a pause) in 1 of 2,000.
    int withPause = 0;
    for (long seed = 0; seed < 2_000; seed++) {
      Random random = new Random(seed);
      double[] values = new double[24];
      for (int i = 0; i < values.length; i++) {
        values[i] = 100 + random.nextGaussian();
      }
      withPause += RiseHistory.of(series(values)).riseCount() >= 2 ? 1 : 0;
    }
    assertThat(withPause).isLessThanOrEqualTo(2);
  }

  @Test
  void spikeIsNotARise() {
    double[] values = new double[24];
    for (int i = 0; i < values.length; i++) {
      values[i] = i == 10 ? 150 : 100;
    }
    assertThat(RiseHistory.of(series(values)).riseCount()).isZero();
  }

  @Test
  void cacheFillingUntilMidWindowRisesOftenThenGoesQuiet() {
    double[] values = new double[24];
    for (int i = 0; i < values.length; i++) {
      values[i] = 100 + 3 * Math.min(i, 12) + (i % 2 == 0 ? 0.1 : -0.1);
    }
    RiseHistory rises = RiseHistory.of(series(values));
    assertThat(rises.riseCount()).isGreaterThanOrEqualTo(6);
    assertThat(rises.longestPauseMs()).isLessThanOrEqualTo(2 * BUCKET_MS);
    assertThat(rises.quietSinceLastRiseMs()).isGreaterThanOrEqualTo(11 * BUCKET_MS);
  }
}
