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

  /**
   * The live set of a filled 25 MiB cache as probed in a real JVM (CleanTargetIT's
   * PlateauingCacheProgram, 3 s probes): after the fill, the floor creeps up by 1-6 KiB now and
   * then, 0.1-0.5 MiB/h, with second differences of about zero.
   */
  private static double[] filledCacheWithBumpsKiB() {
    double[] values = new double[28];
    double[] bumps = {0, 0, 2, 0, 1, 0, 0, 0, 0, 6, 0, 0, 0, 5, 0, 0, 0, 0, 1, 0};
    for (int i = 0; i < values.length; i++) {
      values[i] = i < 8 ? 14_000 + 1_900 * i : values[i - 1] + bumps[i - 8];
    }
    return values;
  }

  @Test
  void tinyBumpsOfAQuietFloorCountAsRisesByNoiseAlone() {
    // The cause of a real plateau judged "a staircase is not ruled out": its floor is so quiet that
    // a 1 KiB bump is many times its noise.
    RiseHistory rises = RiseHistory.of(series(filledCacheWithBumpsKiB()));
    assertThat(rises.riseCount()).isGreaterThan(8);
    assertThat(rises.quietSinceLastRiseMs()).isLessThan(10 * BUCKET_MS);
  }

  @Test
  void bumpsSlowerThanTheLimitAreNotRisesSoTheFilledCacheIsQuietSinceItsFill() {
    // 5.12 MiB/h (2 % of a 256 MiB heap): 28 KiB per 20 s bucket; the bumps are 1-6 KiB.
    RiseHistory rises = RiseHistory.of(series(filledCacheWithBumpsKiB()), 5.12 * 1024);
    assertThat(rises.riseCount()).isEqualTo(7); // each bucket of the fill
    assertThat(rises.longestPauseMs()).isEqualTo(BUCKET_MS);
    assertThat(rises.quietSinceLastRiseMs()).isEqualTo(20 * BUCKET_MS);
    assertThat(rises.bucketsSinceLastRise()).isEqualTo(21);
  }

  @Test
  void everyStepOfAStaircaseAtTheLimitCountsOnAQuietFloor() {
    // Steps of 0.5 (2 minutes apart, 15 /h) against a limit of 10 /h: each step is more than the
    // limit allows since the previous one (1/3), whatever the noise.
    double[] values = new double[24];
    for (int i = 0; i < values.length; i++) {
      values[i] = 100 + 0.5 * ((i + 1) / 6) + 1e-4 * (i % 3);
    }
    RiseHistory rises = RiseHistory.of(series(values), 10);
    assertThat(rises.riseCount()).isEqualTo(4);
    assertThat(rises.longestPauseMs()).isEqualTo(120_000);
  }

  @Test
  void negativeLimitIsRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RiseHistory.of(series(new double[] {1, 2, 3}), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limitPerHour must be zero or positive (got -1.0)");
  }
}
