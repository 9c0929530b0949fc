package dev.leakhunt.analyzer.diagnosis.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.diagnosis.model.SuspectSummary;
import dev.leakhunt.analyzer.diagnosis.model.ThreadGroupGrowth;
import dev.leakhunt.analyzer.diagnosis.model.ThreadStartGroup;
import dev.leakhunt.analyzer.diagnosis.rank.RankedEvidence;
import dev.leakhunt.analyzer.diagnosis.rank.SuspectCriteria;
import dev.leakhunt.analyzer.diagnosis.rank.SuspectRanker;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thread starts read back from a real JFR recording of this JVM. */
class ThreadStartReaderTest {
  private static final int POLLERS = 3;

  private static void startPollers() throws InterruptedException {
    for (int tenant = 1; tenant <= POLLERS; tenant++) {
      Thread poller = new Thread(() -> {}, "tenant-poller-" + tenant);
      poller.start(); // the line the suspect must name
      poller.join();
    }
  }

  @Test
  void threadsStartedWhileRecordingAreGroupedByNameWithTheLineThatStartedThem(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("starts.jfr");
    try (Recording recording = new Recording()) {
      recording.enable(ThreadStartReader.THREAD_START).withStackTrace();
      recording.start();
      startPollers();
      recording.stop();
      recording.dump(file);
    }

    List<ThreadStartGroup> groups = ThreadStartReader.read(file, ApplicationCode.UNKNOWN);

    ThreadStartGroup pollers =
        groups.stream().filter(g -> g.namePattern().equals("tenant-poller-#")).findFirst().get();
    assertThat(pollers.count()).isEqualTo(POLLERS);
    assertThat(pollers.applicationFrame())
        .startsWith("dev.leakhunt.analyzer.diagnosis.parse.ThreadStartReaderTest.startPollers:");
    assertThat(pollers.stack()).isNotEmpty();
  }

  @Test
  void aGrowingThreadGroupIsNamedByTheLineThatStartsItsThreads() {
    ThreadGroupGrowth grown =
        new ThreadGroupGrowth(
            "tenant-poller-#",
            0,
            7,
            7,
            15.0,
            "tenant-poller-7",
            "WAITING",
            List.of(
                "jdk.internal.misc.Unsafe.park(Native Method)",
                "ThreadLeak.pollForever(ThreadLeak.java:36)"));
    ThreadStartGroup started =
        new ThreadStartGroup(
            "tenant-poller-#",
            7,
            "ThreadLeak.startPoller:31",
            List.of("java.lang.Thread.start:798", "ThreadLeak.startPoller:31"));

    List<Suspect> suspects =
        new SuspectRanker(SuspectCriteria.defaults())
            .rank(
                Set.of("threads.live"),
                RankedEvidence.builder()
                    .threadGroups(List.of(grown))
                    .threadStarts(List.of(started))
                    .build());

    assertThat(suspects)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.applicationFrame()).isEqualTo("ThreadLeak.startPoller:31");
              assertThat(s.evidence())
                  .contains("7 of them started at ThreadLeak.startPoller:31")
                  .contains("WAITING in ThreadLeak.pollForever");
            });
    assertThat(SuspectSummary.sentence(suspects))
        .isEqualTo(
            "Top suspects: threads tenant-poller-# +15 threads/h (started at"
                + " ThreadLeak.startPoller:31).");
  }
}
