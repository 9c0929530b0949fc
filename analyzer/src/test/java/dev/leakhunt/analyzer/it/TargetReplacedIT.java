package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.analyzer.it.programs.ChurningProgram;
import dev.leakhunt.analyzer.it.programs.StandbyJmxProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A target killed with SIGKILL and replaced at once by another process on the same JMX port, as a
 * supervisor restarting a crashed service would: the reconnection reaches a different process, so
 * the run fails as a death and the new process's samples never join the first one's series.
 */
class TargetReplacedIT {

  @Test
  void targetKilledAndRestartedOnTheSamePortIsADeathAndTheSeriesAreNotJoined() throws Exception {
    Path out = WatchRun.outDir("target-replaced");
    Path trigger = out.resolveSibling("target-replaced.start");
    Files.deleteIfExists(trigger);
    TargetJvm first = TargetJvm.start(ChurningProgram.class, 400);
    try (TargetJvm replacement =
        TargetJvm.startServingOwnJmxOnPort(
            StandbyJmxProgram.class,
            400,
            first.jmxPort(),
            List.of("-Dleakhunt.jmx.startWhen=" + trigger))) {
      AnalyzerProcess analyzer =
          AnalyzerProcess.start(
              out, WatchRun.args(out, "--jmx", first.jmxAddress(), "--duration", "90s"));
      // Up to 3 minutes: at a load average of 70 on 2 cores a first sample took over a minute.
      WatchRun.awaitRows(out, "threads.live", 5, Duration.ofSeconds(180));
      long killedAtMs = System.currentTimeMillis();
      first.kill();
      Files.createFile(trigger);
      AnalyzerProcess.Result result = analyzer.await(Duration.ofSeconds(60));

      assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isEqualTo(1);
      assertThat(result.stdout())
          .containsPattern(
              "VERDICT FAIL: target died at \\S+ \\S+Z and was replaced by another process \\(pid "
                  + replacement.pid()
                  + "\\) on the same address; only its first life is judged");
      JsonNode verdict = WatchRun.verdict(out);
      JsonNode death = verdict.path("targetDeath");
      assertThat(death.path("cause").asText()).isEqualTo("replaced");
      assertThat(death.path("replacementPid").asLong()).isEqualTo(replacement.pid());
      long diedAtMs = death.path("atMs").asLong();
      assertThat(diedAtMs).isBetween(killedAtMs - 1_500, killedAtMs + 5_000);
      assertThat(verdict.path("run").path("targetPid").asLong()).isEqualTo(first.pid());
      assertThat(verdict.path("gaps")).as("no gap stitches the two lives").isEmpty();
      // Nothing of the second process was sampled: no row after the first one's death.
      try (var lines = Files.lines(out.resolve("samples.csv"))) {
        assertThat(
                lines
                    .skip(1)
                    .filter(line -> !line.contains(",event:"))
                    .filter(line -> Long.parseLong(line.substring(0, line.indexOf(','))) > diedAtMs)
                    .toList())
            .isEmpty();
      }
    } finally {
      first.kill();
      Files.deleteIfExists(trigger);
    }
  }
}
