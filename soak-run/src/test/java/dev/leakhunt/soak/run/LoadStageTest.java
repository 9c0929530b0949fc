package dev.leakhunt.soak.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.soak.load.InjectorFiles;
import dev.leakhunt.soak.settings.LoadOptions;
import dev.leakhunt.soak.settings.ShopOptions;
import dev.leakhunt.soak.settings.SoakSettings;
import dev.leakhunt.soak.settings.WatchOptions;
import dev.leakhunt.soak.verdict.CheckResult;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadStageTest {
  private static final long START_MS = 1_796_091_138_384L;

  private static SoakSettings settings(Path project, int injectors, Path remoteDir) {
    return new SoakSettings(
        project,
        project.resolve("target/soak"),
        new ShopOptions(List.of(), 1, Duration.ofMinutes(1), 200, "256m"),
        null,
        new LoadOptions(
            "dev.leakhunt.simulations.ShopperSimulation",
            "soak",
            Duration.ofMinutes(10),
            Duration.ofMinutes(1),
            40.0,
            Duration.ofMillis(500),
            null,
            null,
            injectors,
            null,
            remoteDir),
        new WatchOptions(Duration.ofMinutes(2), Duration.ofSeconds(5), null, List.of(), List.of()));
  }

  /** An injector's folder as `soak load` leaves it: log, summary and injector.json. */
  private static void injector(Path dir, int index, long firstMs, int requests, int exitCode)
      throws Exception {
    InjectorFiles files = new InjectorFiles(dir.resolve("injector-" + index));
    Files.createDirectories(files.dir());
    try (PrintStream out =
        new PrintStream(
            Files.newOutputStream(files.responseTimesLog()), false, StandardCharsets.UTF_8)) {
      HistogramLogWriter writer = new HistogramLogWriter(out);
      writer.outputStartTime(START_MS);
      writer.setBaseTime(START_MS);
      Histogram all = new Histogram(3);
      for (int i = 0; i < requests; i++) {
        all.recordValue(firstMs + i);
      }
      all.setStartTimeStamp(START_MS);
      all.setEndTimeStamp(START_MS + 5_000);
      writer.outputIntervalHistogram(all);
    }
    Files.writeString(
        files.summary(),
        """
        {"sloP99Millis":1000,"sloMaxErrorPercent":1.0,"startedAtMs":%d,"endedAtMs":%d,
         "counts":{"checkoutsPlaced":%d,"shoppersArrived":%d}}
        """
            .formatted(START_MS, START_MS + 5_000, index, 10 * index));
    Files.writeString(files.result(), "{\"index\":%d,\"exitCode\":%d}".formatted(index, exitCode));
  }

  @Test
  void remoteInjectorsAreAwaitedThenBroughtIntoTheRunFolderAndJudgedOnTheirMergedLogs(
      @TempDir Path project) throws Exception {
    Path remote = project.resolve("target/remote-load");
    injector(remote, 1, 1, 500, 0);
    injector(remote, 2, 1_001, 500, 1);
    RunFolder folder = RunFolder.create(project.resolve("target/soak"), Instant.now());
    LoadStage stage = new LoadStage(settings(project, 2, remote), Path.of("java"), folder);

    assertThat(stage.command(List.of("http://shop:8080")))
        .containsSubsequence("await-load", "--injectors", "2", "--dir", remote.toString())
        .contains("--timeout");
    List<CheckResult> slo = stage.sloChecks(0, List.of());

    // 1,000 requests of 1..1,000 ms and 1,001..1,500 ms: p99 is the 990th, 1,490 ms.
    assertThat(slo)
        .extracting(CheckResult::name)
        .containsExactly(
            "p99 response time < 1000 ms",
            "failed requests <= 1.0 %",
            "at least one successful request",
            "gatling-run injector-2");
    assertThat(slo.get(0).message()).startsWith("p99 1490 ms");
    assertThat(slo).filteredOn(CheckResult::failed).hasSize(2);
    assertThat(folder.loadDir().resolve("injector-2/injector.json")).exists();
    assertThat(remote.resolve("injector-1")).doesNotExist();
    assertThat(folder.responseTimesLog()).isNotEmptyFile();
    assertThat(Files.readString(folder.clientLatency())).contains("\"requests\" : 1000");
    assertThat(Files.readString(folder.loadSummary())).contains("\"shoppersArrived\" : 30");
  }

  @Test
  void localInjectorsRunAsOneLoadCommandThatStartsThemTogether(@TempDir Path project)
      throws Exception {
    Files.createDirectories(project.resolve("simulations/target/test-classes"));
    Files.writeString(project.resolve("simulations/target/gatling-classpath.txt"), "a.jar");
    RunFolder folder = RunFolder.create(project.resolve("target/soak"), Instant.now());

    List<String> command =
        new LoadStage(settings(project, 3, null), Path.of("java"), folder)
            .command(List.of("http://s:1", "http://s:2"));

    assertThat(command)
        .containsSubsequence("-jar", project.resolve("soak-run/target/soak.jar").toString(), "load")
        .containsSubsequence("--injectors", "3")
        .containsSubsequence("--out", folder.loadDir().toString())
        .containsSubsequence("--rate", "40.0")
        .containsSubsequence("--base-url", "http://s:1", "--base-url", "http://s:2")
        .doesNotContain("--start-at");
  }

  @Test
  void aSimulationThatLogsNoResponseTimesIsJudgedOnGatlingsOwnAssertions(@TempDir Path project)
      throws Exception {
    RunFolder folder = RunFolder.create(project.resolve("target/soak"), Instant.now());
    LoadStage stage = new LoadStage(settings(project, 1, null), Path.of("java"), folder);

    List<CheckResult> slo =
        stage.sloChecks(
            0,
            List.of(
                "Global: 99th percentile of response time is less than 1000.0 : true (actual :"
                    + " 7.0)"));

    assertThat(slo)
        .extracting(CheckResult::name)
        .containsExactly("Global: 99th percentile of response time is less than 1000.0");
    assertThat(folder.clientLatency()).doesNotExist();
  }
}
