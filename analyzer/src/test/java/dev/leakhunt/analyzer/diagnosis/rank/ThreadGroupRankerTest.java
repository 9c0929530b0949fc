package dev.leakhunt.analyzer.diagnosis.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.diagnosis.model.ThreadGroupGrowth;
import dev.leakhunt.analyzer.diagnosis.model.ThreadSample;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadGroupRankerTest {
  @Test
  void growingPoolRanksFirstWithItsNewestThreadsStack() {
    List<ThreadSample> before = new ArrayList<>(threads("mailer-", 0, 2));
    before.add(thread("main"));
    before.addAll(threads("worker-", 0, 4));
    List<ThreadSample> after = new ArrayList<>(threads("mailer-", 0, 32));
    after.add(thread("main"));
    after.addAll(threads("worker-", 0, 5));
    List<ThreadGroupGrowth> ranked = ThreadGroupRanker.rank(before, after, 600_000);
    assertThat(ranked)
        .extracting(ThreadGroupGrowth::namePattern)
        .containsExactly("mailer-#", "worker-#");
    ThreadGroupGrowth mailers = ranked.get(0);
    assertThat(mailers.countBefore()).isEqualTo(2);
    assertThat(mailers.countAfter()).isEqualTo(32);
    assertThat(mailers.countGrowth()).isEqualTo(30);
    assertThat(mailers.threadsPerHour()).isEqualTo(180.0); // 30 in 10 minutes
    assertThat(mailers.sampleThreadName()).isEqualTo("mailer-31");
    assertThat(mailers.sampleStack()).containsExactly("shop.Mailer.send(Mailer.java:31)");
  }

  @Test
  void theExampleIsWhereMostOfTheGroupsThreadsAreNotTheOneJustStarted() {
    // As seen on a loaded machine: the newest thread had not reached its wait, RUNNABLE, no frame.
    List<String> waiting =
        List.of(
            "jdk.internal.misc.Unsafe.park(Unsafe.java)", "shop.Reports.await(Reports.java:63)");
    List<ThreadSample> after = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      after.add(new ThreadSample("report-worker-" + i, "WAITING", waiting));
    }
    after.add(new ThreadSample("report-worker-20", "RUNNABLE", List.of()));

    ThreadGroupGrowth workers = ThreadGroupRanker.rank(List.of(), after, 600_000).get(0);

    assertThat(workers.countGrowth()).isEqualTo(21);
    assertThat(workers.sampleThreadName()).isEqualTo("report-worker-19");
    assertThat(workers.sampleState()).isEqualTo("WAITING");
    assertThat(workers.sampleStack()).isEqualTo(waiting);
  }

  @Test
  void shrinkingAndSteadyGroupsAreLeftOut() {
    assertThat(ThreadGroupRanker.rank(threads("w-", 0, 5), threads("w-", 0, 3), 1_000)).isEmpty();
    assertThat(ThreadGroupRanker.rank(threads("w-", 0, 5), threads("w-", 5, 5), 1_000)).isEmpty();
  }

  private static List<ThreadSample> threads(String prefix, int from, int count) {
    List<ThreadSample> threads = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      threads.add(
          new ThreadSample(
              prefix + i, "WAITING", List.of("shop.Mailer.send(Mailer.java:" + i + ")")));
    }
    return threads;
  }

  private static ThreadSample thread(String name) {
    return new ThreadSample(name, "RUNNABLE", List.of());
  }
}
