package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.analyzer.it.programs.ChurningProgram;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A target killed mid-run fails the run with when it died and how full its heap was. */
class TargetDeathIT {

  @Test
  void targetKilledMidRunFailsWithTheReasonAndReportRejudgesTheSame() throws Exception {
    Path out = WatchRun.outDir("target-killed");
    ChildJvm target = ChildJvm.start(ChurningProgram.class, 150);
    AnalyzerProcess analyzer =
        AnalyzerProcess.start(
            out, WatchRun.args(out, "--jmx", target.jmxAddress(), "--duration", "5m"));
    Thread.sleep(20_000);
    long killedAtMs = System.currentTimeMillis();
    target.kill();
    AnalyzerProcess.Result result = analyzer.await(Duration.ofSeconds(60));

    assertThat(result.exitCode()).as(result.stderr()).isEqualTo(1);
    assertThat(result.stdout())
        .containsPattern(
            "VERDICT FAIL: target died at \\S+ \\S+Z \\(connection refused\\),"
                + " last live heap \\d+\\.\\d MiB of max 256\\.0 MiB");
    JsonNode death = WatchRun.verdict(out).path("targetDeath");
    // Four refused reconnections 0.25 + 0.5 + 1 + 2 s apart: seen gone within 10 s of the kill.
    assertThat(death.path("atMs").asLong()).isBetween(killedAtMs, killedAtMs + 10_000);
    assertThat(death.path("lastLiveHeapBytes").asDouble()).isGreaterThan(20 * 1024 * 1024.0);

    AnalyzerProcess.Result rejudged =
        AnalyzerProcess.run(
            out.resolve("rejudge"), Duration.ofSeconds(60), "report", out.toString());
    assertThat(rejudged.exitCode()).as(rejudged.stderr()).isEqualTo(1);
    assertThat(rejudged.stdout()).contains("target died at");
  }
}
