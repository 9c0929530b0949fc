package dev.leakhunt.analyzer.diagnosis.rank;

import dev.leakhunt.analyzer.diagnosis.model.LoaderGrowth;
import dev.leakhunt.analyzer.diagnosis.model.LoaderTypeStats;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Ranks the class loader types whose loaders or classes grew, most new loaders first. */
public final class LoaderGrowthRanker {
  private static final double MS_PER_HOUR = 3_600_000.0;

  private LoaderGrowthRanker() {}

  /**
   * The loader types that hold more loaders or more classes in {@code after} than in {@code
   * before}, most new loaders first, then most new classes.
   *
   * @param elapsedMs time between the two snapshots, ms (&gt; 0)
   */
  public static List<LoaderGrowth> rank(
      List<LoaderTypeStats> before, List<LoaderTypeStats> after, long elapsedMs) {
    if (elapsedMs <= 0) {
      throw new IllegalArgumentException(
          "class loader snapshots must be apart in time (got " + elapsedMs + " ms)");
    }
    double hours = elapsedMs / MS_PER_HOUR;
    Map<String, LoaderTypeStats> earlier =
        before.stream().collect(Collectors.toMap(LoaderTypeStats::loaderType, Function.identity()));
    return after.stream()
        .map(
            now -> {
              LoaderTypeStats then =
                  earlier.getOrDefault(
                      now.loaderType(), new LoaderTypeStats(now.loaderType(), 0, 0, 0));
              long loaders = now.loaderCount() - then.loaderCount();
              long bytes = now.metaspaceBytes() - then.metaspaceBytes();
              return new LoaderGrowth(
                  now.loaderType(),
                  then.loaderCount(),
                  now.loaderCount(),
                  loaders,
                  now.classCount() - then.classCount(),
                  bytes,
                  loaders / hours,
                  bytes / hours);
            })
        .filter(g -> g.loadersGrowth() > 0 || g.classesGrowth() > 0)
        .sorted(
            Comparator.comparingLong(LoaderGrowth::loadersGrowth)
                .thenComparingLong(LoaderGrowth::classesGrowth)
                .reversed()
                .thenComparing(LoaderGrowth::loaderType))
        .toList();
  }
}
