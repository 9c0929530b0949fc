package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.analyzer.it.programs.RestartingJmxProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A target whose JMX connection drops while it lives on: the watch reconnects with backoff, records
 * the gap and keeps sampling to the end of its window.
 */
class ConnectionLossIT {

  @Test
  void droppedConnectionIsReconnectedAndTheGapRecorded() throws Exception {
    Path out = WatchRun.outDir("connection-loss");
    // The connector stops 15 s in and serves again 4 s later.
    try (TargetJvm target =
        TargetJvm.startServingOwnJmx(
            RestartingJmxProgram.class,
            150,
            List.of("-Dleakhunt.jmx.dropAtSeconds=15", "-Dleakhunt.jmx.downSeconds=4"))) {
      AnalyzerProcess.Result result =
          AnalyzerProcess.run(
              out,
              Duration.ofSeconds(150),
              WatchRun.args(out, "--jmx", target.jmxAddress(), "--duration", "45s"));

      // 33 s after warm-up is below the judge's minimum: INCONCLUSIVE, the target not dead.
      assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isEqualTo(3);
      assertThat(result.stderr())
          .containsPattern("analyzer: reconnected after \\d+ ms without samples")
          .as("the JDK's own JMX client warnings stay out of stderr")
          .doesNotContain("WARNING");
      JsonNode verdict = WatchRun.verdict(out);
      assertThat(
              verdict.path("targetDeath").isMissingNode() || verdict.path("targetDeath").isNull())
          .as("target death in %s", verdict)
          .isTrue();
      JsonNode gaps = verdict.path("gaps");
      assertThat(gaps).hasSize(1);
      long gapStartMs = gaps.get(0).path("startMs").asLong();
      long gapMs = gaps.get(0).path("durationMs").asLong();
      // Down 4 s; the backoff (0.25, 0.5, 1, 2, 4 s) retries at 3.75 s and 7.75 s after the loss.
      assertThat(gapMs).isBetween(3_000L, 20_000L);
      long samplesAfterGap;
      try (var lines = Files.lines(out.resolve("samples.csv"))) {
        samplesAfterGap =
            lines
                .filter(line -> line.contains(",heap.used,"))
                .filter(
                    line ->
                        Long.parseLong(line.substring(0, line.indexOf(','))) > gapStartMs + gapMs)
                .count();
      }
      assertThat(samplesAfterGap).as("samples after the gap").isGreaterThan(5);
      assertThat(Files.readString(out.resolve("report.html"))).contains("Sampling gap");
    }
  }
}
