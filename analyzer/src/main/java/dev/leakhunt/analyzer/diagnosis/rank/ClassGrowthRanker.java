package dev.leakhunt.analyzer.diagnosis.rank;

import dev.leakhunt.analyzer.diagnosis.model.ClassGrowth;
import dev.leakhunt.analyzer.diagnosis.model.ClassHistogram;
import dev.leakhunt.analyzer.diagnosis.model.HistogramRow;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Compares two class histograms and ranks the classes that grew, largest byte growth first. */
public final class ClassGrowthRanker {
  private static final double MS_PER_HOUR = 3_600_000.0;

  private ClassGrowthRanker() {}

  /**
   * The classes whose live bytes grew from {@code before} to {@code after}, largest byte growth
   * first (ties: larger instance growth first), at most {@code limit} of them.
   *
   * @throws IllegalArgumentException when {@code after} was not taken after {@code before}
   */
  public static List<ClassGrowth> rank(ClassHistogram before, ClassHistogram after, int limit) {
    long elapsedMs = after.takenAtMs() - before.takenAtMs();
    if (elapsedMs <= 0) {
      throw new IllegalArgumentException(
          "the second histogram must be taken after the first (got "
              + elapsedMs
              + " ms between them)");
    }
    double hours = elapsedMs / MS_PER_HOUR;
    Map<String, HistogramRow> earlier = before.byClassName();
    return after.byClassName().values().stream()
        .map(row -> growth(earlier.get(row.className()), row, hours))
        .filter(g -> g.bytesGrowth() > 0)
        .sorted(
            Comparator.comparingLong(ClassGrowth::bytesGrowth)
                .thenComparingLong(ClassGrowth::instancesGrowth)
                .reversed()
                .thenComparing(ClassGrowth::className))
        .limit(limit)
        .toList();
  }

  private static ClassGrowth growth(HistogramRow before, HistogramRow after, double hours) {
    long instancesBefore = before == null ? 0 : before.instances();
    long bytesBefore = before == null ? 0 : before.bytes();
    long instancesGrowth = after.instances() - instancesBefore;
    long bytesGrowth = after.bytes() - bytesBefore;
    return new ClassGrowth(
        after.className(),
        instancesBefore,
        after.instances(),
        bytesBefore,
        after.bytes(),
        instancesGrowth,
        bytesGrowth,
        instancesGrowth / hours,
        bytesGrowth / hours);
  }
}
