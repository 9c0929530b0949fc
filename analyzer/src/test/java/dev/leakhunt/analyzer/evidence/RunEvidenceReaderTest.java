package dev.leakhunt.analyzer.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakhunt.analyzer.trend.SlopeBounds;
import dev.leakhunt.analyzer.verdict.ResourceVerdict;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.analyzer.verdict.RunVerdictJson;
import dev.leakhunt.contract.run.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunEvidenceReaderTest {
  /**
   * A verdict.json as the analyzer wrote it before format 2: no formatVersion, gitCommit in run.
   */
  private static final String FORMAT_ONE =
      "{\"outcome\":\"PASS\",\"reason\":\"no resource grows.\",\"run\":{\"startMs\":1000,"
          + "\"endMs\":601000,\"warmupMs\":120000,\"intervalMs\":5000,\"liveProbeIntervalMs\":20000,"
          + "\"connection\":\"127.0.0.1:9010\",\"targetPid\":7,\"maxHeapBytes\":268435456,"
          + "\"analyzerVersion\":\"0.1.0-SNAPSHOT\",\"gitCommit\":\"0123456789abcdef0123456789abcdef01234567\"},"
          + "\"resources\":[{\"resource\":\"heap.live\",\"unit\":\"bytes\",\"capacity\":268435456,"
          + "\"outcome\":\"PASS\",\"reason\":\"flat\",\"slopePerHour\":1000.0,\"slopeLowerPerHour\":-10.0,"
          + "\"slopeUpperPerHour\":2000.0,\"confidenceLevel\":0.95,\"pValue\":0.5,\"mannKendallZ\":0.1,"
          + "\"recentSlopePerHour\":900.0,\"interceptAtStart\":1.0E7,\"windowStartMs\":121000,"
          + "\"windowEndMs\":601000,\"reducedPointCount\":24,\"lastValue\":1.0E7,"
          + "\"threshold\":{\"minSlopePerHour\":1.6777216E7,\"minFractionOfCapacityPerHour\":0.02,"
          + "\"significanceLevel\":1.0E-4}}],\"gaps\":[],\"targetDeath\":null,"
          + "\"gcPauses\":{\"count\":3,\"p50Ms\":1.0,\"p90Ms\":2.0,\"p99Ms\":3.0,\"p999Ms\":3.0,"
          + "\"maxMs\":3.0,\"totalMs\":6.0}}";

  @TempDir Path dir;
  private final RunEvidenceReader reader = new RunEvidenceReader();

  @Test
  void soakFolderOfFormatOneIsReadWithANoteAndItsSlope() throws Exception {
    Path analyzer = Files.createDirectories(dir.resolve("20261101-010000").resolve("analyzer"));
    Files.writeString(analyzer.resolve("verdict.json"), FORMAT_ONE);

    RunEvidence run = reader.read(dir.resolve("20261101-010000"));

    assertThat(run.formatVersion()).isEqualTo(1);
    assertThat(run.verdict().outcome()).isEqualTo(Outcome.PASS);
    assertThat(run.label()).isEqualTo("20261101-010000");
    assertThat(run.notes())
        .containsExactly(
            "written in format 1 (before run identities): no tags or machine recorded; figures"
                + " read as far as they go",
            "no samples.csv: no live-set floor or server latency figures");
    assertThat(RunFigures.of(run))
        .extracting(KeyFigure::id)
        .containsExactly("slope:heap.live", "gc:p50", "gc:p99", "gc:max");
  }

  @Test
  void aDiagnosisThatDoesNotBindLeavesANoteAndTheRestOfTheRunIsRead() throws Exception {
    Path analyzer = Files.createDirectories(dir.resolve("run").resolve("analyzer"));
    String futureKind =
        FORMAT_ONE.substring(0, FORMAT_ONE.length() - 1)
            + ",\"diagnosis\":{\"suspects\":[{\"rank\":1,\"kind\":\"KIND_OF_A_NEWER_ANALYZER\","
            + "\"name\":\"X\"}]}}";
    Files.writeString(analyzer.resolve("verdict.json"), futureKind);

    RunEvidence run = reader.read(dir.resolve("run"));

    assertThat(run.verdict().outcome()).isEqualTo(Outcome.PASS);
    assertThat(run.diagnosis()).isNull();
    assertThat(run.notes())
        .anySatisfy(
            note ->
                assertThat(note)
                    .startsWith("its diagnosis cannot be read (")
                    .endsWith("): no class growth or leak fingerprints compared"));
  }

  @Test
  void stoppedEarlyVerdictIsReadAsFormatTwoWithItsStopAndSequenceAndOlderOnesWithout()
      throws Exception {
    RunVerdict full = EvidenceFixtures.run("1.4.2", 1_000, 20, 10, 30, 500).verdict();
    ResourceVerdict heap =
        full.resources()
            .get(0)
            .withSequence(
                new SlopeBounds(
                    20 * EvidenceFixtures.MIB,
                    12 * EvidenceFixtures.MIB,
                    28 * EvidenceFixtures.MIB,
                    0.99,
                    1.2,
                    12));
    RunVerdict stopped =
        new RunVerdict(
            Outcome.FAIL,
            "leak: heap.live grows at least +12.0 MiB/h; stopped early at ....",
            full.run(),
            List.of(heap),
            full.gaps(),
            null,
            full.gcPauses(),
            full.quality(),
            90_000L);
    Path folder = Files.createDirectories(dir.resolve("stopped"));
    new RunVerdictJson().write(stopped, folder.resolve("verdict.json"));
    Path old = Files.createDirectories(dir.resolve("old").resolve("analyzer"));
    Files.writeString(old.resolve("verdict.json"), FORMAT_ONE);

    RunEvidence run = reader.read(folder);
    RunEvidence before = reader.read(dir.resolve("old"));

    assertThat(run.formatVersion()).isEqualTo(RunVerdictJson.FORMAT_VERSION);
    assertThat(run.verdict()).isEqualTo(stopped);
    assertThat(run.verdict().resources().get(0).sequence().lowerPerHour())
        .isEqualTo(12 * EvidenceFixtures.MIB);
    assertThat(before.verdict().stoppedEarlyAtMs()).isNull();
    assertThat(before.verdict().resources().get(0).sequence()).isNull();
    assertThat(RunFigures.of(run)).extracting(KeyFigure::id).contains("slope:heap.live");
  }

  @Test
  void foreignNewerAndMissingFoldersAreRefusedInOneLine() throws Exception {
    Files.writeString(dir.resolve("verdict.json"), "{\"formatVersion\":99,\"outcome\":\"PASS\"}");
    assertThatThrownBy(() -> reader.read(dir))
        .isInstanceOf(UnreadableRunException.class)
        .hasMessageEndingWith(
            "verdict.json was written by a newer analyzer (format 99; this one reads formats 1 to"
                + " 2): compare it with that analyzer");

    Files.writeString(dir.resolve("verdict.json"), "{\"name\":\"something else\"}");
    assertThatThrownBy(() -> reader.read(dir))
        .hasMessageEndingWith("is not a leakhunt verdict (it has no outcome and resources)");

    Files.writeString(dir.resolve("verdict.json"), "{\"outcome\":");
    assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("is not JSON");

    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> reader.read(empty))
        .hasMessageEndingWith(
            "holds no verdict.json (nor analyzer/verdict.json): not a leakhunt run folder");
    Files.writeString(empty.resolve("samples.csv"), "timestampMs,resource,value\n");
    assertThatThrownBy(() -> reader.read(empty))
        .hasMessageEndingWith("judge it first with 'analyzer report DIR'");
    assertThatThrownBy(() -> reader.read(dir.resolve("nowhere")))
        .hasMessageEndingWith("is not a directory (a run folder is needed)");
  }
}
