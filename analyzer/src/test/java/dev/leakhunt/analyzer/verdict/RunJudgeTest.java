package dev.leakhunt.analyzer.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.series.RecordedRun;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.RunInfo;
import dev.leakhunt.contract.verdict.GcPauseSummary;
import dev.leakhunt.contract.verdict.TargetDeath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunJudgeTest {
  private static final long START_MS = 1_000_000;
  private static final double MIB = 1024 * 1024;

  /** Judges every series PASS or as {@code outcomes} says: the statistics are not under test. */
  private static RunJudge judge(Map<String, Outcome> outcomes) {
    SeriesJudge fake =
        (series, reduced, windowStartMs, threshold) ->
            ResourceVerdict.builder(series.resource(), series.unit(), series.capacity())
                .outcome(outcomes.getOrDefault(series.resource(), Outcome.PASS))
                .threshold(threshold)
                .reason(
                    series.resource()
                        + " judged "
                        + outcomes.getOrDefault(series.resource(), Outcome.PASS)
                        + ".")
                .build();
    return new RunJudge(fake, (resource, unit) -> new Threshold(1, 0.02, 1e-4));
  }

  private static RunInfo info() {
    return FixtureVerdicts.probedRunInfo(START_MS)
        .warmupMs(10_000)
        .plannedDurationMs(60_000L)
        .maxHeapBytes((long) (256 * MIB))
        .build();
  }

  private static Map<String, List<Point>> rows() {
    Map<String, List<Point>> rows = new LinkedHashMap<>();
    List<Point> live = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      live.add(new Point(START_MS + i * 1000L, (40 + i) * MIB));
    }
    rows.put("heap.live", live);
    rows.put("capacity:heap.live", List.of(new Point(START_MS, 256 * MIB)));
    rows.put("threads.live", List.of(new Point(START_MS, 12)));
    return rows;
  }

  private static final GcPauseSummary NO_PAUSES = new GcPauseSummary(0, 0, 0, 0, 0, 0, 0);

  @Test
  void deadTargetFailsTheRunWithWhenAndHowFullItsHeapWas() {
    Map<String, List<Point>> rows = rows();
    rows.put("event:target-died.connection-refused", List.of(new Point(START_MS + 15_500, 1)));

    RunVerdict verdict = judge(Map.of()).judge(new RecordedRun(rows), info(), Map.of(), NO_PAUSES);

    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(verdict.targetDeath())
        .isEqualTo(TargetDeath.of(START_MS + 15_500, "connection-refused", 55 * MIB, 256 * MIB));
    assertThat(verdict.reason())
        .startsWith(
            "target died at 1970-01-01 00:16:55Z (connection refused), last live heap 55.0 MiB of"
                + " max 256 MiB");
  }

  @Test
  void unresponsiveTargetFailsTheRunWithWhenItFellSilentAndItsLastFigures() {
    Map<String, List<Point>> rows = rows();
    rows.put("event:target-died.unresponsive", List.of(new Point(START_MS + 15_500, 12_000)));

    RunVerdict verdict = judge(Map.of()).judge(new RecordedRun(rows), info(), Map.of(), NO_PAUSES);

    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(verdict.targetDeath())
        .isEqualTo(
            new TargetDeath(
                START_MS + 15_500, "unresponsive", 55 * MIB, 256 * MIB, 12_000L, null, 12.0));
    assertThat(verdict.reason())
        .startsWith(
            "target stopped responding at 1970-01-01 00:16:55Z (no answer for 12 s), last live"
                + " heap 55.0 MiB of max 256 MiB, 12 live threads");
  }

  @Test
  void replacedTargetFailsTheRunNamingTheNewProcess() {
    Map<String, List<Point>> rows = rows();
    rows.put("event:target-died.replaced", List.of(new Point(START_MS + 15_500, 4242)));

    RunVerdict verdict = judge(Map.of()).judge(new RecordedRun(rows), info(), Map.of(), NO_PAUSES);

    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(verdict.targetDeath().replacementPid()).isEqualTo(4242L);
    assertThat(verdict.reason())
        .startsWith(
            "target died at 1970-01-01 00:16:55Z and was replaced by another process (pid 4242) on"
                + " the same address; only its first life is judged");
  }

  @Test
  void probesThatRanNoCollectionLeaveTheLiveSetUnmeasuredAndItsBucketsSamplingWide() {
    Map<String, List<Point>> rows = rows();
    List<Point> unmeasured = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      unmeasured.add(new Point(START_MS + 3_000L * i, 1));
    }
    rows.put("probe.unmeasured", unmeasured);
    rows.put("event:explicit-gc-disabled", List.of(new Point(START_MS, 1)));
    List<Long> heapBucketWidthsMs = new ArrayList<>();
    RunJudge judge =
        new RunJudge(
            (series, reduced, windowStartMs, threshold) -> {
              if (series.resource().equals("heap.live")) {
                heapBucketWidthsMs.add(reduced.bucketWidthMs());
              }
              return ResourceVerdict.builder(series.resource(), series.unit(), series.capacity())
                  .outcome(Outcome.PASS)
                  .threshold(threshold)
                  .reason(series.resource() + " judged PASS.")
                  .limitPerHour(5.0)
                  .warning(series.resource() + " grows under its limit")
                  .build();
            },
            (resource, unit) -> new Threshold(1, 0.02, 1e-4));

    RunVerdict verdict = judge.judge(new RecordedRun(rows), info(), Map.of(), NO_PAUSES);

    assertThat(verdict.quality().liveSetMeasured()).isFalse();
    assertThat(verdict.quality().unmeasuredProbes()).isEqualTo(6);
    // Probe-wide buckets (3 s) would wait for probes that never measure: sampling-wide (1 s).
    assertThat(heapBucketWidthsMs).containsExactly(1_000L);
    assertThat(verdict.reason())
        .contains(
            "the live set was not measured: the target ignores forced GCs"
                + " (-XX:+DisableExplicitGC), so 6 forced GCs ran no collection");
    ResourceVerdict heap = verdict.resources().get(0);
    assertThat(heap.reason())
        .startsWith("heap.live judged PASS. Note: the live set was not measured");
    // The note changes the sentence only: the limit and the warning stay.
    assertThat(heap.limitPerHour()).isEqualTo(5.0);
    assertThat(heap.warning()).isEqualTo("heap.live grows under its limit");
  }

  @Test
  void leakingResourceFailsAndTheReasonNamesIt() {
    RunVerdict verdict =
        judge(Map.of("threads.live", Outcome.FAIL))
            .judge(new RecordedRun(rows()), info(), Map.of(), NO_PAUSES);

    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(verdict.reason()).isEqualTo("leak: threads.live judged FAIL.");
    assertThat(verdict.run().endMs()).isEqualTo(START_MS + 19_000);
  }

  @Test
  void unjudgeableResourceMakesAnOtherwiseCleanRunInconclusive() {
    RunVerdict verdict =
        judge(Map.of("heap.live", Outcome.INCONCLUSIVE))
            .judge(new RecordedRun(rows()), info(), Map.of(), NO_PAUSES);

    assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
    assertThat(verdict.reason()).isEqualTo("too little data: heap.live judged INCONCLUSIVE.");
  }

  @Test
  void cleanRunPassesAndRecordsGapsAndTheCommandExitCode() {
    Map<String, List<Point>> rows = rows();
    rows.put("event:gap", List.of(new Point(START_MS + 5_000, 2_500)));
    rows.put("event:command-exit", List.of(new Point(START_MS + 19_000, 3)));

    RunVerdict verdict = judge(Map.of()).judge(new RecordedRun(rows), info(), Map.of(), NO_PAUSES);

    assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    assertThat(verdict.gaps()).containsExactly(new SamplingGap(START_MS + 5_000, 2_500));
    assertThat(verdict.run().commandExitCode()).isEqualTo(3);
    assertThat(verdict.reason()).endsWith("; command exited 3.");
    assertThat(verdict.resources())
        .extracting(ResourceVerdict::resource)
        .containsExactly("heap.live", "threads.live");
  }

  @Test
  void userThresholdReplacesTheDefaultLimitsButKeepsItsSignificance() {
    List<Threshold> seen = new ArrayList<>();
    RunJudge judge =
        new RunJudge(
            (series, reduced, windowStartMs, threshold) -> {
              seen.add(threshold);
              return ResourceVerdict.builder(series.resource(), series.unit(), series.capacity())
                  .outcome(Outcome.PASS)
                  .threshold(threshold)
                  .reason("ok")
                  .build();
            },
            (resource, unit) -> new Threshold(1, 0.02, 1e-4));

    judge.judge(
        new RecordedRun(rows()),
        info(),
        Map.of("heap.live", new ThresholdOverride("heap.live", 64 * MIB, Double.NaN)),
        NO_PAUSES);

    assertThat(seen.get(0)).isEqualTo(new Threshold(64 * MIB, Double.NaN, 1e-4));
    assertThat(seen.get(1)).isEqualTo(new Threshold(1, 0.02, 1e-4));
  }

  @Test
  void runStoppedEarlyFailsTheStoppedResourceOnTheRecordedBoundAndSaysWhen() {
    Map<String, List<Point>> rows = rows();
    rows.put("event:stopped-early.heap.live", List.of(new Point(START_MS + 18_500, 2_000 * MIB)));

    RunVerdict verdict =
        judge(Map.of("heap.live", Outcome.INCONCLUSIVE))
            .judge(new RecordedRun(rows), info(), Map.of(), NO_PAUSES);

    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(verdict.stoppedEarlyAtMs()).isEqualTo(START_MS + 18_500);
    assertThat(verdict.reason())
        .startsWith(
            "leak: heap.live grows at least +1.95 GiB/h (lower bound of a 99 % confidence"
                + " sequence, valid whenever the run stops), above its limit of 1 B/h")
        .endsWith("; stopped early at 1970-01-01 00:16:58Z, 8 s after warm-up.");
    ResourceVerdict heap = verdict.resources().get(0);
    assertThat(heap.outcome()).isEqualTo(Outcome.FAIL);
    // Recomputed from the samples up to the stop: three 3 s buckets of a 1 MiB/s climb.
    assertThat(heap.sequence().bucketCount()).isEqualTo(2);
    assertThat(verdict.resources().get(1).sequence()).isNull();
  }

  @Test
  void runNotStoppedEarlyKeepsTheJudgeOutcomeAndCarriesTheHeapSequence() {
    Map<String, List<Point>> rows = rows();
    List<Point> live = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      live.add(new Point(START_MS + i * 1000L, (40 + i) * MIB));
    }
    rows.put("heap.live", live);

    RunVerdict verdict = judge(Map.of()).judge(new RecordedRun(rows), info(), Map.of(), NO_PAUSES);

    assertThat(verdict.stoppedEarlyAtMs()).isNull();
    assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    assertThat(verdict.resources().get(0).sequence().slopePerHour())
        .isCloseTo(3600 * MIB, org.assertj.core.api.Assertions.within(1.0));
  }
}
