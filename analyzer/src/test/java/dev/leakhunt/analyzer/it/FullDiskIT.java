package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.analyzer.it.programs.ChurningProgram;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analyzer's own disk gives out (a file size limit, as a full disk or a quota would): the error
 * names the file and says it is the analyzer's output, not a lost target, and the verdict of what
 * was recorded is still written.
 */
class FullDiskIT {

  @Test
  void fileSizeLimitOnOutIsNamedInOneLineAndTheVerdictStillWritten() throws Exception {
    Path out = WatchRun.outDir("file-size-limit");
    try (TargetJvm target = TargetJvm.start(ChurningProgram.class, 150)) {
      // samples.csv grows about 2 KiB/s at 1 s samples: 48 KiB last some 25 s. The short-run
      // limits keep the JMX warm-up's class metadata from failing what little is judged (on a
      // loaded machine metaspace read 11 MiB/h and classes 1,600/h over those samples).
      AnalyzerProcess.Result result =
          AnalyzerProcess.startWithFileSizeLimit(
                  out,
                  48,
                  WatchRun.args(
                      out,
                      WatchRun.shortRun(
                          "--jmx", target.jmxAddress(), "--duration", "85s", "--no-jfr")))
              .await(Duration.ofSeconds(120));

      List<String> errors =
          result.stderrLines().stream().filter(line -> line.contains("cannot write")).toList();
      assertThat(errors).as(result.stderr()).hasSize(1);
      assertThat(errors.get(0))
          .startsWith("analyzer: cannot write " + out.resolve("samples.csv") + ": File too large")
          .contains("the analyzer's own output, not the target");
      assertThat(result.stderr()).doesNotContain("reconnected", "target gone");
      // Too short to judge, so not a FAIL: the run could not be done, exit 2.
      assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isEqualTo(2);
      assertThat(result.stdout()).contains("VERDICT INCONCLUSIVE");
      JsonNode verdict = WatchRun.verdict(out);
      assertThat(verdict.path("outcome").asText()).isEqualTo("INCONCLUSIVE");
      assertThat(verdict.path("targetDeath").isNull()).isTrue();
      assertThat(out.resolve("junit.xml")).isNotEmptyFile();
    }
  }
}
