package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.analyzer.it.programs.ChurningProgram;
import dev.leakhunt.analyzer.it.programs.ExhaustingHeapProgram;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A target killed mid-run fails the run with when it died and how full its heap was. Both targets
 * watched at once ({@link WatchesAtOnce}).
 */
class TargetDeathIT {
  private static final String KILLED = "target-killed";
  private static final String OUT_OF_MEMORY = "target-out-of-memory";
  private static WatchesAtOnce<Watched> watches;

  /** A watch's folder, what the analyzer printed, and when the test killed its target (or 0). */
  private record Watched(Path out, AnalyzerProcess.Result result, long killedAtMs) {}

  @BeforeAll
  static void watchBothAtOnce() throws InterruptedException {
    watches =
        WatchesAtOnce.run(
            Map.of(
                KILLED,
                TargetDeathIT::watchUntilKilled,
                OUT_OF_MEMORY,
                TargetDeathIT::watchUntilOutOfMemory));
  }

  @Test
  void targetKilledMidRunFailsWithTheReasonAndReportRejudgesTheSame() throws Exception {
    Watched run = watches.result(KILLED);
    Path out = run.out();
    AnalyzerProcess.Result result = run.result();
    long killedAtMs = run.killedAtMs();

    assertThat(result.exitCode()).as(result.stderr()).isEqualTo(1);
    assertThat(result.stdout())
        .containsPattern(
            "VERDICT FAIL: target died at \\S+ \\S+Z \\(connection refused\\),"
                + " last live heap \\d+(\\.\\d+)? MiB of max 256 MiB");
    JsonNode death = WatchRun.verdict(out).path("targetDeath");
    // Four refused reconnections 0.25 + 0.5 + 1 + 2 s apart: seen gone within 10 s of the kill.
    assertThat(death.path("atMs").asLong()).isBetween(killedAtMs, killedAtMs + 10_000);
    // The last live set recorded before the death (the working set fills in its first ~15 s, so
    // its size depends on when the kill came; a clean-clone run killed it at 18.1 MiB).
    assertThat(death.path("lastLiveHeapBytes").asDouble())
        .isEqualTo(WatchRun.lastValue(out, "heap.live"))
        .isGreaterThan(8 * 1024 * 1024.0);

    AnalyzerProcess.Result rejudged =
        AnalyzerProcess.run(
            out.resolve("rejudge"), Duration.ofSeconds(60), "report", out.toString());
    assertThat(rejudged.exitCode()).as(rejudged.stderr()).isEqualTo(1);
    assertThat(rejudged.stdout()).contains("target died at");
  }

  @Test
  void targetOutOfMemoryFailsAsDeadWithItsFullLiveHeap() throws Exception {
    Watched run = watches.result(OUT_OF_MEMORY);
    Path out = run.out();
    AnalyzerProcess.Result result = run.result();
    assertThat(result.exitCode()).as(result.stderr()).isEqualTo(1);
    assertThat(result.stdout())
        .containsPattern(
            "VERDICT FAIL: target died at \\S+ \\S+Z \\(out of memory\\), last live heap"
                + " 2[3-5]\\d MiB of max 256 MiB");
    JsonNode verdict = WatchRun.verdict(out);
    // 4 MiB/s into 256 MiB: exhausted about a minute after the program started, well before
    // the 2 minutes asked.
    long watchedMs =
        verdict.path("run").path("endMs").asLong() - verdict.path("run").path("startMs").asLong();
    // The lower bound only says it was not instant: the program allocates from its start, and
    // on a loaded machine the analyzer connects up to half a minute later.
    assertThat(watchedMs).isBetween(15_000L, 100_000L);
    assertThat(verdict.path("targetDeath").path("cause").asText()).isEqualTo("out-of-memory");
  }

  /** Watches a churning program until the test kills it, two live-heap values in. */
  private static Watched watchUntilKilled() throws Exception {
    Path out = WatchRun.outDir(KILLED);
    TargetJvm target = TargetJvm.start(ChurningProgram.class, 150);
    AnalyzerProcess analyzer =
        AnalyzerProcess.start(
            out, WatchRun.args(out, "--jmx", target.jmxAddress(), "--duration", "5m"));
    // Two live-heap values recorded: the kill comes mid-run.
    WatchRun.awaitRows(out, "heap.live", 2, Duration.ofSeconds(90));
    long killedAtMs = System.currentTimeMillis();
    target.kill();
    return new Watched(out, analyzer.await(Duration.ofSeconds(60)), killedAtMs);
  }

  /** Watches a program that fills its heap until OutOfMemoryError, for at most 2 minutes. */
  private static Watched watchUntilOutOfMemory() throws Exception {
    Path out = WatchRun.outDir(OUT_OF_MEMORY);
    try (TargetJvm target = TargetJvm.start(ExhaustingHeapProgram.class, 150)) {
      AnalyzerProcess.Result result =
          AnalyzerProcess.run(
              out,
              Duration.ofSeconds(150),
              WatchRun.args(out, "--jmx", target.jmxAddress(), "--duration", "2m"));
      return new Watched(out, result, 0);
    }
  }
}
