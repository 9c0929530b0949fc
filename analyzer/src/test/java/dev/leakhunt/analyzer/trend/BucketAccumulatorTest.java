package dev.leakhunt.analyzer.trend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.series.Point;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BucketAccumulatorTest {

  private static List<Point> noisyLeak(int count, long stepMs, long seed) {
    Random random = new Random(seed);
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // Integer values with ties, a rising floor and a sawtooth above it.
      points.add(new Point(i * stepMs + random.nextInt(3), 100 + i / 10 + random.nextInt(40)));
    }
    points.add(new Point(5 * stepMs, Double.NaN));
    return points;
  }

  private static ReducedSeries streamed(List<Point> points, BucketStatistic statistic) {
    List<Point> window = points.stream().filter(p -> Double.isFinite(p.value())).toList();
    long firstMs = window.stream().mapToLong(Point::timestampMs).min().orElseThrow();
    long lastMs = window.stream().mapToLong(Point::timestampMs).max().orElseThrow();
    long widthMs = BucketPlan.widthMs(firstMs, lastMs, window.size(), null, 30, 0);
    BucketAccumulator accumulator = new BucketAccumulator(firstMs, lastMs, widthMs, statistic);
    points.forEach(p -> accumulator.add(p.timestampMs(), p.value()));
    return accumulator.reduced();
  }

  @Test
  void pointsInAnyOrderGiveTheSameBucketsAsTheSortedList() {
    List<Point> points = noisyLeak(5_000, 1_000, 1);
    List<Point> shuffled = new ArrayList<>(points);
    Collections.shuffle(shuffled, new Random(2));
    for (BucketStatistic statistic : BucketStatistic.values()) {
      ReducedSeries listed = new BucketReducer(30).reduce(points, 0, statistic, 0);
      ReducedSeries inAnyOrder = streamed(shuffled, statistic);

      assertThat(inAnyOrder.timestampsMs()).containsExactly(listed.timestampsMs());
      assertThat(inAnyOrder.values()).containsExactly(listed.values());
      assertThat(inAnyOrder.bucketWidthMs()).isEqualTo(listed.bucketWidthMs());
      assertThat(inAnyOrder.inputPointCount()).isEqualTo(5_000);
      assertThat(inAnyOrder.size()).isBetween(30, 31);
    }
  }

  @Test
  void medianIsExactForCountsAndWithinTwoPercentOfTheRankForVariedValues() {
    MedianAccumulator counts = new MedianAccumulator();
    for (int i = 0; i < 1_000_000; i++) {
      counts.add(40 + i % 7); // 40..46, 7 distinct values
    }
    assertThat(counts.median()).isEqualTo(43.0);

    MedianAccumulator varied = new MedianAccumulator();
    Random random = new Random(3);
    for (int i = 0; i < 200_000; i++) {
      varied.add(random.nextDouble()); // Uniform on [0, 1): the median is its own rank.
    }
    assertThat(varied.median()).isBetween(0.48, 0.52);
  }
}
