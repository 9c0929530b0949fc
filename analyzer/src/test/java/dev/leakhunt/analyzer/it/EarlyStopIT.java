package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.analyzer.it.programs.ExitAfterProgram;
import dev.leakhunt.analyzer.it.programs.LeakingHeapProgram;
import dev.leakhunt.testkit.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code --stop-early}: a heap leaking 640 KiB/s (about 2.2 GiB/h, the limit of a 256 MiB heap is
 * 5.1 MiB/h) watched for a planned 10 minutes around a 10-minute stand-in load command ends about a
 * minute after warm-up as FAIL, with every report of a full run and the command stopped.
 */
class EarlyStopIT {

  @Test
  void fastLeakEndsATenMinuteWatchEarlyAsFailWithACompleteRunFolder() throws Exception {
    Path out = WatchRun.outDir("early-stop");
    try (TargetJvm target = TargetJvm.start(LeakingHeapProgram.class, 400)) {
      AnalyzerProcess.Result result =
          AnalyzerProcess.run(
              out,
              Duration.ofSeconds(300),
              WatchRun.args(
                  out,
                  "--jmx",
                  target.jmxAddress(),
                  "--duration",
                  "10m",
                  "--stop-early",
                  "--",
                  ChildJvm.javaBinary(),
                  ChildJvm.QUICK_JIT,
                  "-cp",
                  Path.of("target", "test-classes").toAbsolutePath().toString(),
                  ExitAfterProgram.class.getName(),
                  "600",
                  "3"));

      assertThat(result.exitCode()).as(result.stderr()).isEqualTo(1);
      assertThat(result.stderr()).contains("analyzer: stopping early at ");
      assertThat(result.stdout())
          .startsWith("VERDICT FAIL: leak: heap.live grows at least +")
          .contains("; stopped early at ");
      JsonNode verdict = WatchRun.verdict(out);
      JsonNode run = verdict.path("run");
      long watchedMs = run.path("endMs").asLong() - run.path("startMs").asLong();
      // 12 s of warm-up, then at least 60 s and 8 buckets of 3 s; a loaded machine adds a little.
      assertThat(watchedMs).isBetween(72_000L, 240_000L);
      assertThat(verdict.path("stoppedEarlyAtMs").asLong())
          .isBetween(run.path("startMs").asLong() + 72_000, run.path("endMs").asLong());
      assertThat(verdict.path("reason").asText())
          .startsWith("leak: heap.live grows at least +")
          .contains("; stopped early at ");
      assertThat(verdict.path("formatVersion").asInt()).isEqualTo(2);
      JsonNode heap = WatchRun.resource(verdict, "heap.live");
      assertThat(heap.path("outcome").asText()).isEqualTo("FAIL");
      assertThat(heap.path("sequenceLowerPerHour").asDouble())
          .isGreaterThan(heap.path("limitPerHour").asDouble());
      assertThat(heap.path("sequenceBucketCount").asInt()).isGreaterThanOrEqualTo(8);
      // The stand-in load command was stopped, not left to run its 10 minutes.
      assertThat(run.path("commandExitCode").asInt()).isNotEqualTo(3);
      assertThat(Files.readString(out.resolve("command.log"))).doesNotContain("load test done");
      for (String file :
          new String[] {
            "samples.csv", "gc-pauses.hlog", "junit.xml", "report.html", "run.json", "verdict.json"
          }) {
        assertThat(out.resolve(file)).isNotEmptyFile();
      }
      assertThat(Files.readString(out.resolve("samples.csv")))
          .contains(",event:stopped-early.heap.live,");
      assertThat(Files.readString(out.resolve("junit.xml"))).contains("confidence sequence");
      assertThat(Files.readString(out.resolve("report.html"))).contains("stopped early at");
      assertThat(verdict.path("diagnosis").isObject()).as("diagnosis written").isTrue();
      assertThat(result.stderr())
          .containsPattern("analyzer: \\d+s of 10m \\(\\S+ left\\), heap after last GC");
    }
  }
}
