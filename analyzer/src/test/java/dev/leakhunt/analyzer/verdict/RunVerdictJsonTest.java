package dev.leakhunt.analyzer.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.RunInfo;
import dev.leakhunt.contract.verdict.GcPauseSummary;
import dev.leakhunt.contract.verdict.TargetDeath;
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
  void deathAndGcPausesReadBackEqualToWhatWasWritten() throws IOException {
    RunVerdict failing = FixtureVerdicts.failingRun();
    RunVerdict dead =
        new RunVerdict(
            Outcome.FAIL,
            "target stopped responding",
            failing.run(),
            failing.resources(),
            failing.gaps(),
            TargetDeath.unresponsive(
                1_000_000L, Double.NaN, 256.0 * FixtureVerdicts.MIB, 21_000, 14.0),
            new GcPauseSummary(42, 1.5, 3.0, 9.5, 12.25, 13.0, 120.0));
    Path file = dir.resolve("verdict.json");

    json.write(dead, file);

    RunVerdict read = json.read(file);
    assertThat(read.targetDeath()).isEqualTo(dead.targetDeath());
    assertThat(read.targetDeath().lastLiveHeapBytes()).isNaN();
    assertThat(read.gcPauses()).isEqualTo(dead.gcPauses());
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

  @Test
  void earlyStopAndSequenceBoundsReadBackEqualToWhatWasWritten() throws IOException {
    RunVerdict failing = FixtureVerdicts.failingRun();
    java.util.List<ResourceVerdict> resources = new java.util.ArrayList<>(failing.resources());
    resources.set(
        0,
        resources
            .get(0)
            .withSequence(
                new dev.leakhunt.analyzer.trend.SlopeBounds(
                    300 * FixtureVerdicts.MIB,
                    250 * FixtureVerdicts.MIB,
                    350 * FixtureVerdicts.MIB,
                    0.99,
                    1.4,
                    12)));
    resources.set(
        1,
        resources
            .get(1)
            .withSequence(
                new dev.leakhunt.analyzer.trend.SlopeBounds(
                    0.5, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0.99, 1, 9)));
    RunVerdict written =
        new RunVerdict(
            failing.outcome(),
            failing.reason(),
            failing.run(),
            resources,
            failing.gaps(),
            failing.targetDeath(),
            failing.gcPauses(),
            failing.quality(),
            1_234_567L);
    Path file = dir.resolve("verdict.json");

    json.write(written, file);

    assertThat(json.read(file)).isEqualTo(written);
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    assertThat(root.path("stoppedEarlyAtMs").asLong()).isEqualTo(1_234_567L);
    JsonNode heap = root.path("resources").get(0);
    assertThat(heap.path("sequenceLowerPerHour").asDouble()).isEqualTo(250 * FixtureVerdicts.MIB);
    assertThat(heap.path("sequenceConfidenceLevel").asDouble()).isEqualTo(0.99);
    assertThat(root.path("resources").get(1).path("sequenceLowerPerHour").isNull()).isTrue();
  }

  @Test
  void verdictAndRunFileCarryFormatVersionAndIdentity() throws IOException {
    Path verdictFile = dir.resolve("verdict.json");
    Path runFile = dir.resolve("run.json");
    RunVerdict written = FixtureVerdicts.failingRun();
    json.write(written, verdictFile);
    json.writeRunInfo(written.run(), runFile);

    JsonNode root = new ObjectMapper().readTree(verdictFile.toFile());
    JsonNode run = new ObjectMapper().readTree(runFile.toFile());

    assertThat(root.path("formatVersion").asInt()).isEqualTo(RunVerdictJson.FORMAT_VERSION);
    assertThat(run.path("formatVersion").asInt()).isEqualTo(RunVerdictJson.FORMAT_VERSION);
    assertThat(root.path("run").path("identity").path("tags").path("version").asText())
        .isEqualTo("1.4.2");
    assertThat(root.path("run").path("identity").path("machine").path("cores").asInt())
        .isEqualTo(2);
    assertThat(root.path("run").has("gitCommit")).isFalse();
    assertThat(json.readRunInfo(runFile)).isEqualTo(written.run());
    assertThat(written.run().identity().versionLabel()).isEqualTo("1.4.2");
  }

  @Test
  void runFileOfFormatOneWithGitCommitIsReadWithAnUnknownIdentity() throws IOException {
    Path runFile = dir.resolve("run.json");
    java.nio.file.Files.writeString(
        runFile,
        "{\"startMs\":1000,\"endMs\":null,\"warmupMs\":0,\"intervalMs\":5000,"
            + "\"liveProbeIntervalMs\":20000,\"connection\":\"127.0.0.1:9010\","
            + "\"targetPid\":-1,\"maxHeapBytes\":-1,\"analyzerVersion\":\"0.1.0\","
            + "\"gitCommit\":\"0123456789abcdef0123456789abcdef01234567\"}");

    RunInfo info = json.readRunInfo(runFile);

    assertThat(RunVerdictJson.formatVersion(new ObjectMapper().readTree(runFile.toFile())))
        .isEqualTo(1);
    assertThat(info.startMs()).isEqualTo(1000);
    assertThat(info.identity().tags()).isEmpty();
    assertThat(info.identity().machine()).isNull();
  }
}
