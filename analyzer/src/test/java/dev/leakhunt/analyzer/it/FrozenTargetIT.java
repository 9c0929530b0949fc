package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.analyzer.it.programs.ChurningProgram;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A target frozen with SIGSTOP (as a thrashing or deadlocked JVM would be) accepts connections but
 * answers nothing: the watch keeps its own schedule, ends with the target as unresponsive, and a
 * signal during the hang still leaves a complete folder within seconds. Both watched at once
 * ({@link WatchesAtOnce}).
 */
class FrozenTargetIT {
  private static final String FROZEN = "target-frozen";
  private static final String SIGTERM = "target-frozen-sigterm";
  private static WatchesAtOnce<Watched> watches;

  /**
   * A watch's folder, what the analyzer printed, when the test sent its last signal (SIGSTOP to the
   * target, or SIGTERM to the watch) and when the watch ended, and the samples recorded when the
   * target was frozen.
   */
  private record Watched(
      Path out,
      AnalyzerProcess.Result result,
      long signalledAtMs,
      long endedAtMs,
      long rowsWhenFrozen) {}

  @BeforeAll
  static void watchBothAtOnce() throws InterruptedException {
    watches =
        WatchesAtOnce.run(
            Map.of(
                FROZEN,
                FrozenTargetIT::watchUntilUnresponsive,
                SIGTERM,
                FrozenTargetIT::watchAndTerminateDuringTheHang));
  }

  @Test
  void frozenTargetEndsTheWatchAsStoppedRespondingWithACompleteFolder() throws Exception {
    Watched run = watches.result(FROZEN);
    Path out = run.out();
    AnalyzerProcess.Result result = run.result();
    long frozenAtMs = run.signalledAtMs();
    long endedAtMs = run.endedAtMs();
    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isEqualTo(1);
    assertThat(result.stdout())
        .containsPattern(
            "VERDICT FAIL: target stopped responding at \\S+ \\S+Z \\(no answer for 2\\d s\\),"
                + " last live heap \\d+(\\.\\d+)? MiB of max 256 MiB, \\d+ live threads");
    // Silent for the default 20 s (3 periods of 1 s, at least 20 s), then the reports.
    assertThat(endedAtMs - frozenAtMs).isLessThan(45_000);
    JsonNode death = WatchRun.verdict(out).path("targetDeath");
    assertThat(death.path("cause").asText()).isEqualTo("unresponsive");
    // The first call left unanswered: the next 1 s tick after the freeze.
    assertThat(death.path("atMs").asLong()).isBetween(frozenAtMs - 2_000, frozenAtMs + 3_000);
    assertThat(death.path("silentMs").asLong()).isBetween(20_000L, 30_000L);
    for (String file : WatchRun.COMPLETE_FOLDER) {
      assertThat(out.resolve(file)).isNotEmptyFile();
    }
  }

  @Test
  void sigtermDuringAHangLeavesACompleteFolderWithinTenSeconds() throws Exception {
    Watched run = watches.result(SIGTERM);
    Path out = run.out();
    AnalyzerProcess.Result result = run.result();
    long tookMs = run.endedAtMs() - run.signalledAtMs();
    long rowsWhenFrozen = run.rowsWhenFrozen();
    assertThat(tookMs).as(result.stderr()).isLessThan(10_000);
    assertThat(WatchRun.rows(out, "threads.live")).isLessThanOrEqualTo(rowsWhenFrozen + 1);
    // Too short to judge, and the target was not seen gone: INCONCLUSIVE, reports written.
    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isEqualTo(3);
    assertThat(result.stdout()).contains("VERDICT INCONCLUSIVE");
    for (String file : WatchRun.COMPLETE_FOLDER) {
      assertThat(out.resolve(file)).isNotEmptyFile();
    }
  }

  /** Watches a program for 2 minutes and freezes it once five samples are in. */
  private static Watched watchUntilUnresponsive() throws Exception {
    Path out = WatchRun.outDir(FROZEN);
    try (TargetJvm target = TargetJvm.start(ChurningProgram.class, 400)) {
      AnalyzerProcess analyzer =
          AnalyzerProcess.start(
              out, WatchRun.args(out, "--jmx", target.jmxAddress(), "--duration", "120s"));
      // Up to 3 minutes: at a load average of 70 on 2 cores a first sample took over a minute.
      WatchRun.awaitRows(out, "threads.live", 5, Duration.ofSeconds(180));
      long frozenAtMs = System.currentTimeMillis();
      target.signal("STOP");
      AnalyzerProcess.Result result = analyzer.await(Duration.ofSeconds(120));
      long endedAtMs = System.currentTimeMillis();
      return new Watched(out, result, frozenAtMs, endedAtMs, 0);
    }
  }

  /**
   * Watches a program for 5 minutes, freezes it once five samples are in, and sends the watch
   * SIGTERM 3 s into the hang.
   */
  private static Watched watchAndTerminateDuringTheHang() throws Exception {
    Path out = WatchRun.outDir(SIGTERM);
    try (TargetJvm target = TargetJvm.start(ChurningProgram.class, 400)) {
      AnalyzerProcess analyzer =
          AnalyzerProcess.start(
              out,
              WatchRun.args(
                  out,
                  "--jmx",
                  target.jmxAddress(),
                  "--duration",
                  "5m",
                  "--unresponsive-after",
                  "5m"));
      WatchRun.awaitRows(out, "threads.live", 5, Duration.ofSeconds(180));
      target.signal("STOP");
      long rowsWhenFrozen = WatchRun.rows(out, "threads.live");
      // Hanging for sure: a sample is asked for every second and none comes back.
      Thread.sleep(3_000);
      long terminatedAtMs = System.currentTimeMillis();
      analyzer.terminate();
      AnalyzerProcess.Result result = analyzer.await(Duration.ofSeconds(60));
      return new Watched(out, result, terminatedAtMs, System.currentTimeMillis(), rowsWhenFrozen);
    }
  }
}
