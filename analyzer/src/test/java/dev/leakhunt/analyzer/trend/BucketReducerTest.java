package dev.leakhunt.analyzer.trend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.series.Point;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BucketReducerTest {
  private final BucketReducer reducer = new BucketReducer(30);

  private static List<Point> everySecond(int count, double[] values) {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      points.add(new Point(i * 1_000L, values[i % values.length]));
    }
    return points;
  }

  @Test
  void memoryBucketsKeepTheirMinimumAndItsTimestamp() {
    // 301 points over 300 s -> width 10 s; the pattern 5,3,9,7,4 repeats, min 3 at offset 1 s.
    ReducedSeries reduced =
        reducer.reduce(
            everySecond(301, new double[] {5, 3, 9, 7, 4}), 0, BucketStatistic.MINIMUM, 0);
    assertThat(reduced.bucketWidthMs()).isEqualTo(10_000);
    assertThat(reduced.size()).isEqualTo(31);
    assertThat(reduced.values()[0]).isEqualTo(3);
    assertThat(reduced.timestampsMs()[0]).isEqualTo(1_000);
    assertThat(reduced.timestampsMs()[1]).isEqualTo(11_000);
    assertThat(reduced.inputPointCount()).isEqualTo(301);
  }

  @Test
  void countBucketsKeepTheirMedianAtTheirMiddle() {
    ReducedSeries reduced =
        reducer.reduce(
            everySecond(301, new double[] {5, 3, 9, 7, 4}), 0, BucketStatistic.MEDIAN, 0);
    // first bucket 0..9 s holds 5,3,9,7,4,5,3,9,7,4 -> median (5 + 5) / 2
    assertThat(reduced.values()[0]).isEqualTo(5);
    assertThat(reduced.timestampsMs()[0]).isEqualTo(4_500);
  }

  @Test
  void bucketsAreNeverShorterThanTheSampling() {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i <= 20; i++) {
      points.add(new Point(i * 15_000L, i));
    }
    ReducedSeries reduced = reducer.reduce(points, 0, BucketStatistic.MINIMUM, 0);
    assertThat(reduced.bucketWidthMs()).isEqualTo(15_000);
    assertThat(reduced.size()).isEqualTo(21);
  }

  @Test
  void callerMinimumWidthWidensTheBuckets() {
    ReducedSeries reduced =
        reducer.reduce(everySecond(301, new double[] {1}), 0, BucketStatistic.MINIMUM, 60_000);
    assertThat(reduced.bucketWidthMs()).isEqualTo(60_000);
    assertThat(reduced.size()).isEqualTo(6);
  }

  @Test
  void warmupNonFiniteAndUnorderedPointsAreHandled() {
    List<Point> points =
        List.of(
            new Point(5_000, 50),
            new Point(1_000, -100), // warm-up
            new Point(3_000, 30),
            new Point(4_000, Double.NaN),
            new Point(2_000, 20),
            new Point(6_000, 60));
    ReducedSeries reduced = reducer.reduce(points, 2_000, BucketStatistic.MINIMUM, 0);
    assertThat(reduced.inputPointCount()).isEqualTo(4);
    assertThat(reduced.bucketWidthMs()).isEqualTo(1_000);
    assertThat(reduced.values()).containsExactly(20, 30, 50, 60);
    assertThat(reduced.firstInputMs()).isEqualTo(2_000);
    assertThat(reduced.lastInputMs()).isEqualTo(6_000);
  }

  @Test
  void emptyWindowReducesToNothing() {
    ReducedSeries reduced =
        reducer.reduce(List.of(new Point(1_000, 1)), 2_000, BucketStatistic.MEDIAN, 0);
    assertThat(reduced.size()).isZero();
    assertThat(reduced.inputPointCount()).isZero();
  }

  @Test
  void eightHoursAtTenHertzReduceToThirtyBuckets() {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < 288_000; i++) {
      points.add(new Point(i * 100L, i % 7));
    }
    ReducedSeries reduced = reducer.reduce(points, 0, BucketStatistic.MINIMUM, 0);
    assertThat(reduced.bucketWidthMs()).isEqualTo(959_997);
    assertThat(reduced.size()).isEqualTo(30);
  }
}
