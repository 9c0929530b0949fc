package dev.leakhunt.analyzer.diagnosis.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leakhunt.analyzer.diagnosis.RealOutputs;
import dev.leakhunt.analyzer.diagnosis.model.ClassGrowth;
import dev.leakhunt.analyzer.diagnosis.model.ClassHistogram;
import dev.leakhunt.analyzer.diagnosis.model.HistogramRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassGrowthRankerTest {
  @Test
  void realLeakRanksPayloadBytesThenLeakedClassWithGrowthPerHour() {
    List<ClassGrowth> ranked =
        ClassGrowthRanker.rank(RealOutputs.histogramAtWarmupEnd(), RealOutputs.histogramAtEnd(), 5);
    assertThat(ranked)
        .extracting(ClassGrowth::className)
        .containsExactly(
            "byte[]",
            "dev.leakhunt.analyzer.sampler.diagnosis.LeakedOrder",
            "java.lang.Object[]",
            "java.lang.String",
            "java.lang.reflect.Method");
    ClassGrowth order = ranked.get(1);
    assertThat(order.instancesBefore()).isEqualTo(16_200);
    assertThat(order.instancesAfter()).isEqualTo(49_400);
    assertThat(order.instancesGrowth()).isEqualTo(33_200);
    assertThat(order.bytesGrowth()).isEqualTo(796_800);
    // 2.5 s apart: one hour is 1,440 times as long.
    assertThat(order.bytesPerHour()).isCloseTo(796_800 * 1_440.0, within(1e-3));
    assertThat(order.instancesPerHour()).isCloseTo(33_200 * 1_440.0, within(1e-3));
    assertThat(ranked.get(0).bytesGrowth()).isEqualTo(27_139_400 - 9_120_504);
  }

  @Test
  void classesThatShrankOrStayedAreLeftOut() {
    ClassHistogram before =
        histogram(
            0,
            new HistogramRow("a.Grows", 1, 16),
            new HistogramRow("a.Shrinks", 9, 144),
            new HistogramRow("a.Same", 2, 32));
    ClassHistogram after =
        histogram(
            60_000,
            new HistogramRow("a.Grows", 3, 48),
            new HistogramRow("a.Shrinks", 1, 16),
            new HistogramRow("a.Same", 2, 32),
            new HistogramRow("a.New", 1, 24));
    assertThat(ClassGrowthRanker.rank(before, after, 10))
        .extracting(ClassGrowth::className, ClassGrowth::bytesGrowth)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a.Grows", 32L),
            org.assertj.core.groups.Tuple.tuple("a.New", 24L));
  }

  @Test
  void histogramsOutOfOrderAreRejected() {
    assertThatThrownBy(
            () ->
                ClassGrowthRanker.rank(
                    RealOutputs.histogramAtEnd(), RealOutputs.histogramAtWarmupEnd(), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got -2500 ms");
  }

  private static ClassHistogram histogram(long takenAtMs, HistogramRow... rows) {
    return new ClassHistogram(takenAtMs, 1, List.of(rows), 0, 0);
  }
}
