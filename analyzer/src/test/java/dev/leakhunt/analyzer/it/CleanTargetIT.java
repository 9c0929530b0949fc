package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.analyzer.it.programs.ChurningProgram;
import dev.leakhunt.analyzer.it.programs.ExitAfterProgram;
import dev.leakhunt.analyzer.it.programs.PlateauingCacheProgram;
import dev.leakhunt.testkit.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LongSummaryStatistics;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Programs that do not leak must pass: a churning service and a cache that fills then plateaus.
 * Both watched at once ({@link WatchesAtOnce}).
 */
class CleanTargetIT {
  private static final String CHURN = "churn-command";
  private static final String PLATEAU = "plateau-sigterm";
  private static WatchesAtOnce<WatchRun.Finished> watches;

  @BeforeAll
  static void watchBothAtOnce() throws InterruptedException {
    watches =
        WatchesAtOnce.run(
            Map.of(
                CHURN,
                CleanTargetIT::watchChurnWhileACommandRuns,
                PLATEAU,
                CleanTargetIT::watchPlateauUntilSigterm));
  }

  @Test
  void churningTargetPassesWhileACommandRunsAndItsExitCodeIsRecorded() throws Exception {
    WatchRun.Finished run = watches.result(CHURN);
    Path out = run.out();
    AnalyzerProcess.Result result = run.result();

    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isEqualTo(0);
    JsonNode verdict = WatchRun.verdict(out);
    assertThat(verdict.path("outcome").asText()).isEqualTo("PASS");
    assertThat(WatchRun.failing(verdict)).isEmpty();
    assertThat(verdict.path("run").path("commandExitCode").asInt()).isEqualTo(3);
    assertThat(verdict.path("run").path("plannedDurationMs").isNull()).isTrue();
    long watchedMs =
        verdict.path("run").path("endMs").asLong() - verdict.path("run").path("startMs").asLong();
    assertThat(watchedMs).isBetween(74_000L, 90_000L); // The command's life, plus JVM start-up.
    assertThat(Files.readString(out.resolve("command.log"))).contains("load test done, exit 3");
    assertThat(result.stdout()).contains("command exited 3");
  }

  @Test
  void plateauingCachePassesAndSigtermStillWritesTheReports() throws Exception {
    WatchRun.Finished run = watches.result(PLATEAU);
    Path out = run.out();
    AnalyzerProcess.Result result = run.result();

    // A plateau must PASS: the fill's rises end at about 40 s, and the few KiB the JVM adds to
    // the level later are slower than the limit, so they are no steps of a staircase.
    JsonNode verdict = WatchRun.verdict(out);
    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isEqualTo(0);
    assertThat(verdict.path("outcome").asText()).as(result.stdout()).isEqualTo("PASS");
    assertThat(WatchRun.failing(verdict)).isEmpty();
    JsonNode heap = WatchRun.resource(verdict, "heap.live");
    assertThat(heap.path("outcome").asText()).as(heap.path("reason").asText()).isEqualTo("PASS");
    // The cache grew 25 MiB in its first 40 s: the window saw growth, then none.
    assertThat(heap.path("lastValue").asDouble()).isGreaterThan(25 * 1024 * 1024.0);
    assertThat(out.resolve("report.html")).isNotEmptyFile();
    assertThat(out.resolve("junit.xml")).isNotEmptyFile();
  }

  @Test
  void probesComeEveryProbePeriodNotASamplingIntervalLater() throws Exception {
    Path out = watches.result(PLATEAU).out();
    LongSummaryStatistics probesMs = WatchRun.timestampsMs(out, "probe.pauseMs");

    // 3 s probes at 1 s sampling: on their grid 3 s apart on average; a period after the tick
    // that probed, they came 3 or 4 s apart (3.47 s on average in a clean-clone run).
    assertThat(probesMs.getCount()).isGreaterThan(30);
    double meanGapMs = (probesMs.getMax() - probesMs.getMin()) / (double) (probesMs.getCount() - 1);
    assertThat(meanGapMs).isLessThan(3_250.0);
  }

  /** Watches a churning program for as long as a command runs (76 s, then it exits 3). */
  private static WatchRun.Finished watchChurnWhileACommandRuns() throws Exception {
    Path out = WatchRun.outDir(CHURN);
    try (TargetJvm target = TargetJvm.start(ChurningProgram.class, 150)) {
      AnalyzerProcess.Result result =
          AnalyzerProcess.run(
              out,
              Duration.ofSeconds(150),
              WatchRun.args(
                  out,
                  WatchRun.shortRun(
                      "--jmx",
                      target.jmxAddress(),
                      "--",
                      ChildJvm.javaBinary(),
                      ChildJvm.QUICK_JIT,
                      "-cp",
                      Path.of("target", "test-classes").toAbsolutePath().toString(),
                      ExitAfterProgram.class.getName(),
                      "76",
                      "3")));
      return new WatchRun.Finished(out, result);
    }
  }

  /** Watches a cache that fills then plateaus, planned for 10 minutes, ended by SIGTERM. */
  private static WatchRun.Finished watchPlateauUntilSigterm() throws Exception {
    Path out = WatchRun.outDir(PLATEAU);
    try (TargetJvm target = TargetJvm.start(PlateauingCacheProgram.class, 240)) {
      AnalyzerProcess analyzer =
          AnalyzerProcess.start(
              out,
              WatchRun.args(
                  out, WatchRun.shortRun("--jmx", target.jmxAddress(), "--duration", "10m")));
      // 12 s warm-up, growth to 40 s, then a level of some 100 s: 140 s of samples,
      // awaited (not slept) so that a slow start of the analyzer does not cut the plateau short.
      WatchRun.awaitSampledSpan(out, "heap.live", Duration.ofSeconds(140), Duration.ofSeconds(220));
      analyzer.terminate();
      return new WatchRun.Finished(out, analyzer.await(Duration.ofSeconds(60)));
    }
  }
}
