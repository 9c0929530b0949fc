package dev.leakhunt.analyzer.diagnosis.rank;

import dev.leakhunt.analyzer.diagnosis.model.ThreadGroupGrowth;
import dev.leakhunt.analyzer.diagnosis.model.ThreadNamePattern;
import dev.leakhunt.analyzer.diagnosis.model.ThreadSample;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Groups live threads by name pattern and ranks the groups that grew between two snapshots. Thread
 * pools name their threads {@code prefix-N}, so stripping the digits puts a leaking pool's threads
 * in one group whatever their number.
 */
public final class ThreadGroupRanker {
  private static final double MS_PER_HOUR = 3_600_000.0;

  private ThreadGroupRanker() {}

  /**
   * The groups with more live threads in {@code after} than in {@code before}, largest growth
   * first.
   *
   * @param elapsedMs time between the two snapshots, ms (&gt; 0)
   */
  public static List<ThreadGroupGrowth> rank(
      List<ThreadSample> before, List<ThreadSample> after, long elapsedMs) {
    if (elapsedMs <= 0) {
      throw new IllegalArgumentException(
          "thread snapshots must be apart in time (got " + elapsedMs + " ms)");
    }
    double hours = elapsedMs / MS_PER_HOUR;
    Map<String, Long> earlier =
        before.stream()
            .collect(
                Collectors.groupingBy(t -> ThreadNamePattern.of(t.name()), Collectors.counting()));
    Map<String, List<ThreadSample>> later =
        after.stream().collect(Collectors.groupingBy(t -> ThreadNamePattern.of(t.name())));
    return later.entrySet().stream()
        .map(
            e ->
                growth(
                    e.getKey(),
                    earlier.getOrDefault(e.getKey(), 0L).intValue(),
                    e.getValue(),
                    hours))
        .filter(g -> g.countGrowth() > 0)
        .sorted(
            Comparator.comparingInt(ThreadGroupGrowth::countGrowth)
                .reversed()
                .thenComparing(ThreadGroupGrowth::namePattern))
        .toList();
  }

  private static ThreadGroupGrowth growth(
      String pattern, int countBefore, List<ThreadSample> threads, double hours) {
    // The thread with the longest name (largest number) is the newest in a numbered pool.
    ThreadSample sample =
        threads.stream()
            .max(
                Comparator.comparingInt((ThreadSample t) -> t.name().length())
                    .thenComparing(ThreadSample::name))
            .orElseThrow();
    int growth = threads.size() - countBefore;
    return new ThreadGroupGrowth(
        pattern,
        countBefore,
        threads.size(),
        growth,
        growth / hours,
        sample.name(),
        sample.state(),
        sample.stackFrames());
  }
}
