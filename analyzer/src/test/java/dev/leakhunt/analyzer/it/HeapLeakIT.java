package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.analyzer.it.programs.LeakingHeapProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A heap leak of 640 KiB/s watched over remote JMX, and the same leak watched through --pid: both
 * watched at once ({@link WatchesAtOnce}).
 */
class HeapLeakIT {
  /** What the program keeps: 64 KiB every 100 ms. */
  static final double LEAK_BYTES_PER_HOUR = 640 * WatchRun.KIB * WatchRun.SECONDS_PER_HOUR;

  private static final String OVER_JMX = "heap-leak-jmx";
  private static final String THROUGH_PID = "heap-leak-pid";
  private static WatchesAtOnce<Watched> watches;

  /** A watch's folder, what the analyzer printed, and the pid of the program it watched. */
  private record Watched(Path out, AnalyzerProcess.Result result, long targetPid) {}

  @BeforeAll
  static void watchBothAtOnce() throws InterruptedException {
    watches =
        WatchesAtOnce.run(
            Map.of(
                OVER_JMX,
                () -> watch(OVER_JMX, target -> List.of("--jmx", target.jmxAddress())),
                THROUGH_PID,
                () -> watch(THROUGH_PID, target -> List.of("--pid", Long.toString(target.pid())))));
  }

  @Test
  void leakingHeapOverJmxFailsNamingHeapLiveWithTheLeakRate() throws Exception {
    Watched run = watches.result(OVER_JMX);
    Path out = run.out();
    AnalyzerProcess.Result result = run.result();
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
    assertThat(verdict.path("run").path("targetPid").asLong()).isEqualTo(run.targetPid());
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

  @Test
  void leakingHeapWatchedThroughPidAttachFailsNamingHeapLive() throws Exception {
    Watched run = watches.result(THROUGH_PID);
    Path out = run.out();
    AnalyzerProcess.Result result = run.result();
    assertThat(result.exitCode()).as(result.stderr()).isEqualTo(1);
    JsonNode verdict = WatchRun.verdict(out);
    assertThat(WatchRun.failing(verdict)).contains("heap.live");
    assertThat(verdict.path("run").path("connection").asText()).isEqualTo("pid " + run.targetPid());
    assertThat(WatchRun.resource(verdict, "heap.live").path("slopePerHour").asDouble())
        .isCloseTo(LEAK_BYTES_PER_HOUR, within(0.2 * LEAK_BYTES_PER_HOUR));
  }

  /** Watches the leaking program, connected by what {@code connect} gives for it. */
  private static Watched watch(String name, Function<TargetJvm, List<String>> connect)
      throws Exception {
    Path out = WatchRun.outDir(name);
    try (TargetJvm target = TargetJvm.start(LeakingHeapProgram.class, 150)) {
      List<String> args = new ArrayList<>(connect.apply(target));
      args.addAll(List.of("--duration", WatchRun.DURATION));
      AnalyzerProcess.Result result =
          AnalyzerProcess.run(
              out, Duration.ofSeconds(150), WatchRun.args(out, args.toArray(String[]::new)));
      return new Watched(out, result, target.pid());
    }
  }
}
