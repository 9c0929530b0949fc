package dev.leakhunt.analyzer.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SlopeConfidenceSequenceTest {
  private static final long BUCKET_MS = 20_000;

  private static SlopeConfidenceSequence sequence() {
    return SlopeConfidenceSequence.tightestAfter(0.99, BUCKET_MS, 240_000);
  }

  private static double hours(int bucket) {
    return (bucket + 0.5) * BUCKET_MS / 3_600_000.0;
  }

  @Test
  void unboundedUntilThreeBuckets() {
    SlopeConfidenceSequence sequence = sequence();
    sequence.add(hours(0), 1);
    sequence.add(hours(1), 2);

    SlopeBounds bounds = sequence.bounds();

    assertThat(bounds.bounded()).isFalse();
    assertThat(bounds.slopePerHour()).isNaN();
    assertThat(bounds.bucketCount()).isEqualTo(2);
  }

  @Test
  void boundsSurroundTheLeastSquaresSlopeAndNarrowAsBucketsComeIn() {
    SlopeConfidenceSequence sequence = sequence();
    Random random = new Random(7);
    double widthAt20 = Double.NaN;
    for (int i = 0; i < 90; i++) {
      sequence.add(hours(i), 100 * hours(i) + random.nextGaussian());
      if (i == 19) {
        widthAt20 = width(sequence.bounds());
      }
    }
    SlopeBounds bounds = sequence.bounds();

    assertThat(bounds.lowerPerHour()).isLessThan(100).isLessThan(bounds.slopePerHour());
    assertThat(bounds.upperPerHour()).isGreaterThan(100).isGreaterThan(bounds.slopePerHour());
    // 4.5 times the buckets: the width falls roughly as n^-1.5 (about 10x), a little less for the
    // mixture's logarithmic price of looking at every bucket.
    assertThat(width(bounds)).isLessThan(widthAt20 / 5);
  }

  /**
   * The contract: with independent noise the true slope stays inside the bounds at every bucket at
   * once in at least 99 % of runs; the lag-1 correction makes it more conservative still.
   */
  @Test
  void trueSlopeLeavesTheBoundsInAtMostOnePercentOfWhiteNoiseRunsWatchedAtEveryBucket() {
    int runs = 1000;
    int everExcluded = 0;
    for (int seed = 0; seed < runs; seed++) {
      Random random = new Random(seed);
      SlopeConfidenceSequence sequence = sequence();
      boolean excluded = false;
      for (int i = 0; i < 90 && !excluded; i++) {
        sequence.add(hours(i), 5 * hours(i) + 2 * random.nextGaussian());
        SlopeBounds bounds = sequence.bounds();
        excluded = bounds.lowerPerHour() > 5 || bounds.upperPerHour() < 5;
      }
      everExcluded += excluded ? 1 : 0;
    }
    assertThat(everExcluded).isLessThanOrEqualTo(runs / 100);
  }

  @Test
  void wanderingNoiseWidensTheBoundsThroughTheCorrelationFactor() {
    Random random = new Random(3);
    SlopeConfidenceSequence white = sequence();
    SlopeConfidenceSequence wandering = sequence();
    double e = 0;
    for (int i = 0; i < 60; i++) {
      white.add(hours(i), random.nextGaussian());
      e = 0.9 * e + Math.sqrt(1 - 0.81) * random.nextGaussian();
      wandering.add(hours(i), e);
    }

    assertThat(white.bounds().serialCorrelationFactor()).isLessThan(2);
    assertThat(wandering.bounds().serialCorrelationFactor()).isGreaterThan(4);
  }

  /**
   * 0.9 between samples 5 s apart, between buckets 20 s apart: what the early-stop rule assumes.
   */
  private static final double ASSUMED = Math.pow(0.9, 4);

  private static SlopeConfidenceSequence assuming(double correlation) {
    return SlopeConfidenceSequence.tightestAfter(0.99, BUCKET_MS, 120_000, correlation);
  }

  @Test
  void assumedCorrelationIsAppliedToWhiteNoiseUntilTheWhitenedResidualsRejectIt() {
    Random random = new Random(5);
    SlopeConfidenceSequence sequence = assuming(ASSUMED);
    double factorAt10 = Double.NaN;
    for (int i = 0; i < 90; i++) {
      sequence.add(hours(i), random.nextGaussian());
      if (i == 9) {
        factorAt10 = sequence.bounds().serialCorrelationFactor();
      }
    }

    // Ten buckets cannot tell white noise from noise correlated 0.66: the assumption holds.
    assertThat(factorAt10).isCloseTo((1 + ASSUMED) / (1 - ASSUMED), within(1e-9));
    // Ninety can: whitened with 0.66, white noise is over-whitened (lag-1 near -0.46).
    assertThat(sequence.bounds().serialCorrelationFactor()).isLessThan(2);
  }

  @Test
  void noiseAsCorrelatedAsAssumedKeepsTheAssumption() {
    Random random = new Random(11);
    SlopeConfidenceSequence sequence = assuming(ASSUMED);
    double e = 0;
    for (int i = 0; i < 90; i++) {
      e = ASSUMED * e + Math.sqrt(1 - ASSUMED * ASSUMED) * random.nextGaussian();
      sequence.add(hours(i), e);
    }

    assertThat(sequence.bounds().serialCorrelationFactor())
        .isGreaterThanOrEqualTo((1 + ASSUMED) / (1 - ASSUMED) - 1e-9);
  }

  /**
   * The contract under the assumption: AR(1) noise correlated as assumed, watched at every bucket
   * for 90 buckets, leaves the true slope outside the bounds in at most 1 % of runs.
   */
  @Test
  void trueSlopeLeavesTheBoundsInAtMostOnePercentOfRunsWithNoiseCorrelatedAsAssumed() {
    int runs = 1000;
    int everExcluded = 0;
    for (int seed = 0; seed < runs; seed++) {
      Random random = new Random(seed);
      SlopeConfidenceSequence sequence = assuming(ASSUMED);
      double e = random.nextGaussian();
      boolean excluded = false;
      for (int i = 0; i < 90 && !excluded; i++) {
        e = ASSUMED * e + Math.sqrt(1 - ASSUMED * ASSUMED) * random.nextGaussian();
        sequence.add(hours(i), 5 * hours(i) + 2 * e);
        SlopeBounds bounds = sequence.bounds();
        excluded = bounds.lowerPerHour() > 5 || bounds.upperPerHour() < 5;
      }
      everExcluded += excluded ? 1 : 0;
    }
    assertThat(everExcluded).isLessThanOrEqualTo(runs / 100);
  }

  @Test
  void assumedCorrelationAboveTheCapIsRefused() {
    assertThatThrownBy(() -> new SlopeConfidenceSequence(0.99, 1, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("assumedCorrelation must lie in [0, 0.9] (got 0.95)");
  }

  private static double width(SlopeBounds bounds) {
    return bounds.upperPerHour() - bounds.lowerPerHour();
  }
}
