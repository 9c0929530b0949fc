package dev.leakhunt.analyzer.diagnosis.rank;

import dev.leakhunt.analyzer.diagnosis.model.ApplicationFrames;
import dev.leakhunt.analyzer.diagnosis.model.ThreadGroupGrowth;
import dev.leakhunt.analyzer.diagnosis.model.ThreadNamePattern;
import dev.leakhunt.analyzer.diagnosis.model.ThreadSample;
import java.util.Collections;
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
    ThreadSample sample = example(threads);
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

  /**
   * The group's example: the newest thread of those in the commonest state and application frame.
   * The newest alone may have just started, RUNNABLE with no frame yet (seen on a loaded machine),
   * which says nothing of where the group's threads stay.
   */
  private static ThreadSample example(List<ThreadSample> threads) {
    Map<String, List<ThreadSample>> byPlace =
        threads.stream()
            .collect(
                Collectors.groupingBy(
                    t -> t.state() + " " + ApplicationFrames.of(t.stackFrames())));
    List<ThreadSample> commonest =
        Collections.max(
            byPlace.values(),
            Comparator.comparingInt((List<ThreadSample> same) -> same.size())
                .thenComparing(same -> Collections.max(same, AGE), AGE));
    return Collections.max(commonest, AGE);
  }

  /** The thread with the longer name (the larger number) is the newer in a numbered pool. */
  private static final Comparator<ThreadSample> AGE =
      Comparator.comparingInt((ThreadSample t) -> t.name().length())
          .thenComparing(ThreadSample::name);
}
