package dev.leakhunt.analyzer.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.series.RecordedRun;
import dev.leakhunt.analyzer.series.ResourceSeries;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.RunInfo;
import dev.leakhunt.contract.verdict.GcPauseSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The real judge over synthetic rss and NMT rows: which resources are judged, what a failing one
 * means, the notes on what could not be sampled, and the rss projection toward its own capacity.
 */
class NativeMemoryNotesTest {
  private static final long START_MS = 1_000_000;
  private static final double MIB = 1024 * 1024;
  private static final double GIB = 1024 * MIB;
  private static final int SECONDS = 600;
  private static final GcPauseSummary NO_PAUSES = new GcPauseSummary(0, 0, 0, 0, 0, 0, 0);

  private final RunJudge judge =
      new RunJudge(new ResourceJudge()::judge, DefaultThresholds::forResource);

  @Test
  void rssGrowingWithoutAnyNmtCategoryIsNativeMemoryTheJvmDoesNotTrack() {
    Map<String, List<Point>> rows = cleanJvm();
    rows.put("rss", line(300 * MIB, 1.0 * GIB)); // 1 GiB/h
    rows.put("capacity:rss", List.of(new Point(START_MS, 2 * GIB)));
    rows.put("event:rss-limit-from-cgroup", List.of(new Point(START_MS, 2 * GIB)));

    RunVerdict verdict = judge.judge(new RecordedRun(rows), info(), Map.of(), NO_PAUSES);

    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    ResourceVerdict rss = resource(verdict, "rss");
    assertThat(rss.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(rss.reason())
        .contains("no NMT category grows beyond its limit")
        .contains("zlib behind an Inflater, Deflater or GZIP stream")
        .endsWith(
            "its capacity is the container's (control group's) memory limit, where the"
                + " kernel kills the process without an OutOfMemoryError.");
    // Toward its own capacity: (2 GiB - last value) at 1 GiB/h, not toward the heap's max.
    double lastGib = (300 * MIB + 1.0 * GIB * SECONDS / 3600.0) / GIB;
    assertThat(rss.timeToExhaustion().toSeconds())
        .isCloseTo((long) ((2 - lastGib) * 3600), org.assertj.core.data.Offset.offset(60L));
    assertThat(verdict.resources())
        .extracting(ResourceVerdict::resource)
        .contains("rss", "nmt.other.committed", "nmt.internal.committed", "nmt.thread.committed")
        .doesNotContain(
            "nmt.java-heap.committed",
            "nmt.total.committed",
            "nmt.compiler.committed",
            "nmt.arena-chunk.committed");
    assertThat(verdict.reason()).doesNotContain("note:");
  }

  @Test
  void failingOtherIsNamedAsDirectMemoryOutsideTheBufferPools() {
    Map<String, List<Point>> rows = cleanJvm();
    rows.put("nmt.other.committed", line(1 * MIB, 512 * MIB)); // 512 MiB/h
    rows.put("rss", line(300 * MIB, 512 * MIB));
    rows.put("capacity:rss", List.of(new Point(START_MS, 24 * GIB)));

    RunVerdict verdict = judge.judge(new RecordedRun(rows), info(), Map.of(), NO_PAUSES);

    assertThat(resource(verdict, "nmt.other.committed").reason())
        .contains("grows")
        .endsWith(
            ": native memory allocated for the application outside the heap: direct memory"
                + " (ByteBuffer.allocateDirect, Unsafe.allocateMemory); typical causes: direct buffers"
                + " never released, e.g. pooled Netty buffers, which the JDK's buffer pool MBeans do"
                + " not count.");
    assertThat(resource(verdict, "rss").reason())
        .contains("the process's resident memory grows with NMT's nmt.other.committed")
        .endsWith("its capacity is the machine's physical memory (no container limit).");
    assertThat(verdict.reason()).startsWith("leak: ").contains("nmt.other.committed", "rss ");
  }

  @Test
  void aFailingCategoryFarSlowerThanRssIsNotBlamedForIt() {
    Map<String, List<Point>> rows = cleanJvm();
    rows.put("nmt.other.committed", line(1 * MIB, 40 * MIB)); // 40 MiB/h, above its 8 MiB/h limit
    rows.put("rss", line(300 * MIB, 4 * GIB)); // 100 times as fast: zlib, say
    rows.put("capacity:rss", List.of(new Point(START_MS, 24 * GIB)));

    RunVerdict verdict = judge.judge(new RecordedRun(rows), info(), Map.of(), NO_PAUSES);

    assertThat(resource(verdict, "nmt.other.committed").outcome()).isEqualTo(Outcome.FAIL);
    assertThat(resource(verdict, "rss").reason())
        .doesNotContain("grows with NMT's")
        .contains("NMT's nmt.other.committed grows too but explains only 1 % of it")
        .contains("most of the growth is in native memory the JVM does not track");
  }

  @Test
  void nativeGrowthBesideAFarFasterHeapIsUndecidedNeverPassed() {
    Map<String, List<Point>> rows = cleanJvm();
    rows.put("heap.live", line(40 * MIB, 1.0 * GIB)); // a swelling heap (a daily cycle's)
    rows.put("rss", line(300 * MIB, 1.2 * GIB));
    rows.put("rss.heap", line(100 * MIB, 1.0 * GIB));
    rows.put("rss.native", line(200 * MIB, 200 * MIB)); // the collector's structures follow it
    rows.put("capacity:rss.native", List.of(new Point(START_MS, 20 * GIB)));

    RunVerdict verdict = judge.judge(new RecordedRun(rows), info(), Map.of(), NO_PAUSES);

    ResourceVerdict outsideHeap = resource(verdict, "rss.native");
    assertThat(outsideHeap.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
    assertThat(outsideHeap.reason())
        .startsWith("rss.native grows ")
        .contains("but heap.live grows")
        .contains("cannot tell native growth from the heap's");
    assertThat(verdict.resources()).extracting(ResourceVerdict::resource).doesNotContain("rss");
  }

  @Test
  void nativeGrowthBesideAFlatHeapStillFails() {
    Map<String, List<Point>> rows = cleanJvm();
    rows.put("rss", line(300 * MIB, 1.0 * GIB));
    rows.put("rss.heap", line(100 * MIB, 0));
    rows.put("rss.native", line(200 * MIB, 1.0 * GIB)); // unclosed zlib streams, say
    rows.put("capacity:rss.native", List.of(new Point(START_MS, 20 * GIB)));

    RunVerdict verdict = judge.judge(new RecordedRun(rows), info(), Map.of(), NO_PAUSES);

    assertThat(resource(verdict, "rss.native").outcome()).isEqualTo(Outcome.FAIL);
    assertThat(resource(verdict, "rss.native").reason())
        .contains("no NMT category grows beyond its limit")
        .contains("less the heap's maximum");
  }

  @Test
  void nativeGrowthOfAWarmingJvmsSizeIsUndecidedWithTheWindowThatWouldTell() {
    Map<String, List<Point>> rows = cleanJvm();
    rows.put("rss", line(300 * MIB, 150 * MIB));
    rows.put("rss.heap", line(100 * MIB, 0));
    // 150 MiB/h for the 9 judged minutes: 22.5 MiB, the size of a clean JVM's compiler steps.
    rows.put("rss.native", line(200 * MIB, 150 * MIB));
    rows.put("capacity:rss.native", List.of(new Point(START_MS, 20 * GIB)));

    RunVerdict verdict = judge.judge(new RecordedRun(rows), info(), Map.of(), NO_PAUSES);

    ResourceVerdict outsideHeap = resource(verdict, "rss.native");
    assertThat(outsideHeap.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
    // 32 MiB at 150 MiB/h takes 12.8 min: a 13-minute window would tell.
    assertThat(outsideHeap.reason())
        .startsWith("rss.native grows 150 MiB/h, but that is a rise of 22.")
        .contains("under the 32.0 MiB a JVM's memory outside the heap rises in steps")
        .contains("judge a window of at least 13 min");
    assertThat(outsideHeap.moreTimeNeeded().toMinutes()).isEqualTo(13 - 9);
    assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
  }

  @Test
  void jfrsOwnMemoryIsContextNotJudged() {
    Map<String, List<Point>> rows = cleanJvm();
    rows.put("nmt.tracing.committed", line(5 * MIB, 12 * MIB)); // the watcher's JFR recording

    RunVerdict verdict = judge.judge(new RecordedRun(rows), info(), Map.of(), NO_PAUSES);

    assertThat(verdict.resources())
        .extracting(ResourceVerdict::resource)
        .doesNotContain("nmt.tracing.committed");
  }

  @Test
  void remoteTargetWithoutNmtPassesWithTheTwoNotes() {
    Map<String, List<Point>> rows = new LinkedHashMap<>();
    rows.put("heap.live", line(40 * MIB, 0));
    rows.put("event:rss-unavailable.remote", List.of(new Point(START_MS, 1)));
    rows.put("event:nmt-off.disabled", List.of(new Point(START_MS, 1)));

    RunVerdict verdict = judge.judge(new RecordedRun(rows), info(), Map.of(), NO_PAUSES);

    assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    assertThat(verdict.resources())
        .extracting(ResourceVerdict::resource)
        .containsExactly("heap.live");
    assertThat(verdict.reason())
        .endsWith(
            "; note: rss not judged: the target does not run on this machine (or runs in"
                + " another pid namespace) and no JMX attribute gives a process's resident memory;"
                + " run the analyzer beside the target (--pid) to judge it against the container's"
                + " limit; note: native memory not judged by category: the target runs without"
                + " Native Memory Tracking; start it with -XX:NativeMemoryTracking=summary to judge"
                + " Other, Internal, Thread, Code and the other NMT categories each.");
  }

  @Test
  void heapProjectionKeepsTheMaxHeapWhileRssUsesTheContainerLimit() {
    ResourceSeries heap =
        new ResourceSeries("heap.live", "bytes", 512 * MIB, line(100 * MIB, 100 * MIB));
    ResourceSeries rss = new ResourceSeries("rss", "bytes", 1 * GIB, line(400 * MIB, 100 * MIB));

    assertThat(Exhaustion.projection(heap, 412 * MIB, 100 * MIB)).isEqualTo(Duration.ofHours(1));
    assertThat(Exhaustion.projection(rss, 924 * MIB, 100 * MIB)).isEqualTo(Duration.ofHours(1));
  }

  /** A clean JVM's NMT rows, flat with a little noise, the heap's and the total included. */
  private static Map<String, List<Point>> cleanJvm() {
    Map<String, List<Point>> rows = new LinkedHashMap<>();
    rows.put("heap.live", line(40 * MIB, 0));
    for (String category :
        List.of("java-heap", "total", "other", "internal", "thread", "compiler", "arena-chunk")) {
      rows.put("nmt." + category + ".committed", line(10 * MIB, 0));
    }
    return rows;
  }

  /** One point a second for {@value #SECONDS} s from {@code start}, growing {@code perHour}. */
  private static List<Point> line(double start, double perHour) {
    List<Point> points = new ArrayList<>();
    for (int s = 0; s < SECONDS; s++) {
      double noise = ((s * 7919) % 13 - 6) * 4096.0;
      points.add(new Point(START_MS + s * 1000L, start + perHour * s / 3600.0 + noise));
    }
    return points;
  }

  private static ResourceVerdict resource(RunVerdict verdict, String resource) {
    return verdict.resources().stream()
        .filter(v -> v.resource().equals(resource))
        .findFirst()
        .orElseThrow(() -> new AssertionError(resource + " not judged"));
  }

  private static RunInfo info() {
    return FixtureVerdicts.probedRunInfo(START_MS)
        .warmupMs(60_000)
        .plannedDurationMs((long) SECONDS * 1000)
        .maxHeapBytes((long) (512 * MIB))
        .build();
  }
}
