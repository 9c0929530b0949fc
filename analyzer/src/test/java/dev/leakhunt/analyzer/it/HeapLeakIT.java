package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.analyzer.it.programs.LeakingHeapProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A heap leak of 640 KiB/s watched over remote JMX, and the same leak watched through --pid. */
class HeapLeakIT {
  /** What the program keeps: 64 KiB every 100 ms. */
  static final double LEAK_BYTES_PER_HOUR = 640 * WatchRun.KIB * WatchRun.SECONDS_PER_HOUR;

  @Test
  void leakingHeapOverJmxFailsNamingHeapLiveWithTheLeakRate() throws Exception {
    Path out = WatchRun.outDir("heap-leak-jmx");
    try (TargetJvm target = TargetJvm.start(LeakingHeapProgram.class, 150)) {
      AnalyzerProcess.Result result =
          AnalyzerProcess.run(
              out,
              Duration.ofSeconds(150),
              WatchRun.args(out, "--jmx", target.jmxAddress(), "--duration", WatchRun.DURATION));

      assertThat(result.exitCode()).as(result.stderr()).isEqualTo(1);
      // Other resources may fail beside it in so short a run (see WatchRun); heap must be named.
      assertThat(result.stdout()).startsWith("VERDICT FAIL: leak: ").contains("heap.live grows");
      JsonNode verdict = WatchRun.verdict(out);
      JsonNode heap = WatchRun.resource(verdict, "heap.live");
      assertThat(heap.path("outcome").asText()).isEqualTo("FAIL");
      // The probes measure the live set exactly: the slope is the leak rate within 20 %.
      assertThat(heap.path("slopePerHour").asDouble())
          .isCloseTo(LEAK_BYTES_PER_HOUR, within(0.2 * LEAK_BYTES_PER_HOUR));
      assertThat(heap.path("timeToExhaustionSeconds").asLong()).isBetween(60L, 900L);
      assertThat(verdict.path("run").path("targetPid").asLong()).isEqualTo(target.pid());
      assertThat(verdict.path("gcPauses").path("count").asLong()).isGreaterThan(10);
      for (String file :
          new String[] {"samples.csv", "gc-pauses.hlog", "junit.xml", "report.html", "run.json"}) {
        assertThat(out.resolve(file)).isNotEmptyFile();
      }
      assertThat(Files.readString(out.resolve("report.html"))).contains("trend trend-fail");
      // Every --progress period (30 s here) a line says where the run stands.
      assertThat(result.stderr())
          .containsPattern(
              "analyzer: \\d+s of 1m25s \\(\\d+s left\\), heap after last GC \\d+(\\.\\d+)? MiB of"
                  + " 256 MiB, slope (so far [+-]|not judged yet \\()");
    }
  }

  @Test
  void leakingHeapWatchedThroughPidAttachFailsNamingHeapLive() throws Exception {
    Path out = WatchRun.outDir("heap-leak-pid");
    try (TargetJvm target = TargetJvm.start(LeakingHeapProgram.class, 150)) {
      AnalyzerProcess.Result result =
          AnalyzerProcess.run(
              out,
              Duration.ofSeconds(150),
              WatchRun.args(
                  out, "--pid", Long.toString(target.pid()), "--duration", WatchRun.DURATION));

      assertThat(result.exitCode()).as(result.stderr()).isEqualTo(1);
      JsonNode verdict = WatchRun.verdict(out);
      assertThat(WatchRun.failing(verdict)).contains("heap.live");
      assertThat(verdict.path("run").path("connection").asText()).isEqualTo("pid " + target.pid());
      assertThat(WatchRun.resource(verdict, "heap.live").path("slopePerHour").asDouble())
          .isCloseTo(LEAK_BYTES_PER_HOUR, within(0.2 * LEAK_BYTES_PER_HOUR));
    }
  }
}
