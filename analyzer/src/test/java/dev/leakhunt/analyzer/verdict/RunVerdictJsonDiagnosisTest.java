package dev.leakhunt.analyzer.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakhunt.analyzer.diagnosis.RealOutputs;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.contract.run.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunVerdictJsonDiagnosisTest {
  private final RunVerdictJson json = new RunVerdictJson();

  @Test
  void diagnosisIsWrittenBesideTheResourcesAndReadBack(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("verdict.json");
    Diagnosis diagnosis = RealOutputs.heapLeakDiagnosis();
    json.write(verdict(), diagnosis, file);

    JsonNode root = new ObjectMapper().readTree(file.toFile());
    assertThat(root.path("outcome").asText()).isEqualTo("FAIL");
    assertThat(root.path("diagnosis").path("suspects").get(0).path("name").asText())
        .isEqualTo("dev.leakhunt.analyzer.sampler.diagnosis.LeakedOrder");
    assertThat(json.readDiagnosis(file)).isEqualTo(diagnosis);
    assertThat(json.read(file).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void verdictWithoutDiagnosisReadsAsNone(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("verdict.json");
    json.write(verdict(), file);
    assertThat(json.readDiagnosis(file)).isNull();
  }

  private static RunVerdict verdict() {
    return FixtureVerdicts.minuteRun(Outcome.FAIL, "heap.live grows", List.of());
  }
}
