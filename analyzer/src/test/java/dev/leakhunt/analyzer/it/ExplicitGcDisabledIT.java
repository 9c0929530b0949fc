package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.analyzer.it.programs.ChurningProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A target that ignores forced GCs (-XX:+DisableExplicitGC) answers every probe at once without a
 * collection: the heap used then is not the live set, so it is not recorded as one, and the verdict
 * says the live set was not measured. The same target without the flag is the control.
 */
class ExplicitGcDisabledIT {

  @Test
  void probesOfATargetIgnoringForcedGcsAreMarkedUnmeasured() throws Exception {
    Path out = WatchRun.outDir("explicit-gc-disabled");
    try (TargetJvm target =
        TargetJvm.start(
            ChurningProgram.class,
            150,
            List.of(
                "-Dcom.sun.management.jmxremote.authenticate=false", "-XX:+DisableExplicitGC"))) {
      AnalyzerProcess.Result result =
          AnalyzerProcess.run(
              out,
              Duration.ofSeconds(120),
              WatchRun.args(out, "--jmx", target.jmxAddress(), "--duration", "30s", "--no-jfr"));

      // 18 s after warm-up cannot be judged: INCONCLUSIVE, with the note.
      assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isEqualTo(3);
      JsonNode verdict = WatchRun.verdict(out);
      assertThat(verdict.path("liveSetMeasured").isBoolean()).isTrue();
      assertThat(verdict.path("liveSetMeasured").asBoolean()).isFalse();
      // A probe every 3 s for 30 s.
      assertThat(verdict.path("unmeasuredProbes").asLong()).isBetween(5L, 10L);
      assertThat(WatchRun.rows(out, "probe.pauseMs")).isZero();
      assertThat(verdict.path("reason").asText())
          .contains(
              "the live set was not measured: the target ignores forced GCs"
                  + " (-XX:+DisableExplicitGC), so ");
      assertThat(WatchRun.resource(verdict, "heap.live").path("reason").asText())
          .contains("Note: the live set was not measured");
      assertThat(Files.readString(out.resolve("report.html")))
          .contains("the live set was not measured");
    }
  }

  @Test
  void probesOfATargetHonouringForcedGcsMeasureTheLiveSet() throws Exception {
    Path out = WatchRun.outDir("explicit-gc-enabled");
    try (TargetJvm target = TargetJvm.start(ChurningProgram.class, 150)) {
      AnalyzerProcess.Result result =
          AnalyzerProcess.run(
              out,
              Duration.ofSeconds(120),
              WatchRun.args(out, "--jmx", target.jmxAddress(), "--duration", "30s", "--no-jfr"));

      assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isEqualTo(3);
      JsonNode verdict = WatchRun.verdict(out);
      assertThat(verdict.path("liveSetMeasured").asBoolean()).isTrue();
      assertThat(verdict.path("unmeasuredProbes").asLong()).isZero();
      assertThat(WatchRun.rows(out, "probe.pauseMs")).isBetween(5L, 10L);
      assertThat(verdict.path("reason").asText()).doesNotContain("not measured");
    }
  }
}
