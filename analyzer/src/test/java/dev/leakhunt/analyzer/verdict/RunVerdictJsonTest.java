package dev.leakhunt.analyzer.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunVerdictJsonTest {
  @TempDir Path dir;
  private final RunVerdictJson json = new RunVerdictJson();

  @Test
  void verdictReadsBackEqualToWhatWasWritten() throws IOException {
    RunVerdict written = FixtureVerdicts.failingRun();
    Path file = dir.resolve("verdict.json");

    json.write(written, file);

    assertThat(json.read(file)).isEqualTo(written);
  }

  @Test
  void resourcesAreFlatObjectsWithTheContractFields() throws IOException {
    Path file = dir.resolve("verdict.json");
    json.write(FixtureVerdicts.failingRun(), file);

    JsonNode root = new ObjectMapper().readTree(file.toFile());

    assertThat(root.path("outcome").asText()).isEqualTo("FAIL");
    assertThat(root.path("run").path("command").get(1).asText()).isEqualTo("gatling:test");
    assertThat(root.path("run").path("commandExitCode").asInt()).isZero();
    JsonNode heap = root.path("resources").get(0);
    assertThat(heap.path("resource").asText()).isEqualTo("heap.live");
    assertThat(heap.path("outcome").asText()).isEqualTo("FAIL");
    assertThat(heap.path("slopePerHour").asDouble()).isEqualTo(300 * FixtureVerdicts.MIB);
    assertThat(heap.path("pValue").asDouble()).isEqualTo(1.7e-7);
    assertThat(heap.path("threshold").path("minFractionOfCapacityPerHour").asDouble())
        .isEqualTo(0.02);
    assertThat(heap.path("timeToExhaustion").asText()).isEqualTo("35 min 0 s");
    JsonNode threads = root.path("resources").get(1);
    assertThat(threads.path("capacity").isNull()).isTrue();
    JsonNode mapped = root.path("resources").get(2);
    assertThat(mapped.has("slopePerHour")).isFalse();
    assertThat(mapped.path("outcome").asText()).isEqualTo("INCONCLUSIVE");
  }
}
