package dev.leakhunt.analyzer.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import org.junit.jupiter.api.Test;

class DiagnosisJsonTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private Diagnosis realDiagnosis() {
    return RealOutputs.heapLeakDiagnosis();
  }

  @Test
  void diagnosisRoundTripsThroughJackson() throws Exception {
    Diagnosis diagnosis = realDiagnosis();
    String json = mapper.writeValueAsString(diagnosis);
    assertThat(mapper.readValue(json, Diagnosis.class)).isEqualTo(diagnosis);
  }

  @Test
  void jsonNamesSuspectsWithGrowthStackAndRootPath() throws Exception {
    JsonNode json = mapper.readTree(mapper.writeValueAsString(realDiagnosis()));
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly(
            "suspects",
            "classGrowth",
            "oldObjectGroups",
            "oldObjectTriage",
            "threadGroups",
            "classLoaders",
            "classDefinitions",
            "descriptors",
            "directMemory",
            "histograms",
            "jfrFile",
            "heapDumpPath",
            "notes");
    JsonNode first = json.get("suspects").get(0);
    assertThat(first.get("kind").asText()).isEqualTo("HEAP_CLASS");
    assertThat(first.get("name").asText())
        .isEqualTo("dev.leakhunt.analyzer.sampler.diagnosis.LeakedOrder");
    assertThat(first.get("growthPerHour").asDouble()).isEqualTo(1_147_392_000.0);
    assertThat(first.get("stack").get(1).asText())
        .isEqualTo("dev.leakhunt.analyzer.sampler.diagnosis.OrderFactory.newOrder:8");
    assertThat(first.get("gcRoot").asText()).isEqualTo("static field LeakyProgram.RETAINED_ORDERS");
    JsonNode trace = first.get("trace");
    assertThat(trace.get("fingerprint").asText()).matches("\\p{XDigit}{16}");
    assertThat(trace.get("ownerClass").asText())
        .isEqualTo("dev.leakhunt.analyzer.sampler.diagnosis.LeakedOrder");
    assertThat(trace.get("allocatingFrame").asText())
        .isEqualTo("dev.leakhunt.analyzer.sampler.diagnosis.OrderFactory.newOrder:8");
    assertThat(trace.get("accumulationPoint").asText())
        .isEqualTo("static LeakyProgram.RETAINED_ORDERS");
    assertThat(trace.get("path").get(0).get("accumulationPoint").asBoolean()).isTrue();
    assertThat(json.get("oldObjectTriage").get("leakCandidateSamples").asInt()).isEqualTo(131);
    assertThat(json.get("histograms").get(1).get("durationMs").asLong()).isEqualTo(47);
    assertThat(json.get("histograms").get(1).get("liveBytes").asLong()).isEqualTo(31_366_696);
    assertThat(json.get("classGrowth")).hasSize(DiagnosisAssembler.LISTED_ENTRIES);
    assertThat(json.get("directMemory").get("known").asBoolean()).isFalse();
    assertThat(json.get("heapDumpPath").asText()).isEqualTo("/tmp/heap-1.hprof");
    assertThat(json.get("notes").get(0).asText()).contains("--no-thread-dumps");
  }
}
