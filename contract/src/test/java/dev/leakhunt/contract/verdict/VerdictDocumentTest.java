package dev.leakhunt.contract.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakhunt.contract.run.MachineInfo;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.RunIdentity;
import dev.leakhunt.contract.run.RunInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerdictDocumentTest {
  /**
   * A verdict.json as the analyzer wrote it before format 2: no formatVersion, gitCommit in run.
   */
  private static final String FORMAT_ONE =
      "{\"outcome\":\"PASS\",\"reason\":\"no resource grows.\",\"run\":{\"startMs\":1000,"
          + "\"endMs\":601000,\"warmupMs\":120000,\"intervalMs\":5000,\"liveProbeIntervalMs\":20000,"
          + "\"connection\":\"127.0.0.1:9010\",\"targetPid\":7,\"maxHeapBytes\":268435456,"
          + "\"analyzerVersion\":\"0.1.0-SNAPSHOT\",\"gitCommit\":\"0123456789abcdef\"},"
          + "\"resources\":[{\"resource\":\"heap.live\",\"unit\":\"bytes\",\"capacity\":268435456,"
          + "\"outcome\":\"PASS\",\"reason\":\"flat\",\"slopePerHour\":1000.0,"
          + "\"slopeLowerPerHour\":-10.0,\"slopeUpperPerHour\":2000.0,\"confidenceLevel\":0.95,"
          + "\"pValue\":0.5,\"mannKendallZ\":0.1,\"recentSlopePerHour\":900.0,"
          + "\"interceptAtStart\":1.0E7,\"windowStartMs\":121000,\"windowEndMs\":601000,"
          + "\"reducedPointCount\":24,\"lastValue\":1.0E7,"
          + "\"threshold\":{\"minSlopePerHour\":1.6777216E7,\"minFractionOfCapacityPerHour\":0.02,"
          + "\"significanceLevel\":1.0E-4}},{\"resource\":\"threads.live\",\"unit\":\"count\","
          + "\"capacity\":null,\"outcome\":\"INCONCLUSIVE\",\"reason\":\"too few samples\"}],"
          + "\"gaps\":[],\"targetDeath\":null,\"gcPauses\":{\"count\":3,\"p50Ms\":1.0,\"p90Ms\":2.0,"
          + "\"p99Ms\":3.0,\"p999Ms\":3.0,\"maxMs\":3.0,\"totalMs\":6.0}}";

  @TempDir Path dir;
  private final VerdictJson json = new VerdictJson();
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void writtenVerdictReadsBackEqual() throws Exception {
    VerdictDocument verdict = fullVerdict();
    Path file = dir.resolve("verdict.json");

    json.write(verdict, file);

    assertThat(json.read(file)).isEqualTo(verdict);
  }

  @Test
  void groupsThatDoNotApplyAreLeftOutAndFiguresThatCannotBeComputedAreNull() throws Exception {
    JsonNode root = mapper.readTree(json.text(fullVerdict()));

    assertThat(root.fieldNames())
        .toIterable()
        .containsExactly(
            "formatVersion",
            "outcome",
            "reason",
            "run",
            "resources",
            "gaps",
            "targetDeath",
            "gcPauses",
            "malformedLines",
            "skippedTimestampLines",
            "clockJumps",
            "liveSetMeasured",
            "unmeasuredProbes",
            "stoppedEarlyAtMs",
            "diagnosis");
    JsonNode fitted = root.path("resources").get(0);
    assertThat(fitted.has("recentSlopeUpperPerHour")).isTrue();
    assertThat(fitted.get("recentSlopeUpperPerHour").isNull()).isTrue();
    assertThat(fitted.get("sequenceBucketCount").asInt()).isEqualTo(12);
    JsonNode unfitted = root.path("resources").get(1);
    assertThat(unfitted.fieldNames())
        .toIterable()
        .containsExactly(
            "resource", "unit", "capacity", "outcome", "reason", "limitPerHour", "warning");
    assertThat(root.path("targetDeath").isNull()).isTrue();
    assertThat(root.path("liveSetMeasured").isNull()).isTrue();
  }

  @Test
  void fileOfFormatOneReadsWithoutIdentityAndWithoutTheFieldsItLacked() throws Exception {
    VerdictDocument old = json.parse(FORMAT_ONE);

    assertThat(old.formatVersion()).isNull();
    assertThat(old.formatVersionOrOne()).isEqualTo(1);
    assertThat(old.outcome()).isEqualTo(Outcome.PASS);
    assertThat(old.run().identity()).isEqualTo(RunIdentity.unknown());
    assertThat(old.run().targetPid()).isEqualTo(7);
    assertThat(old.run().targetHost()).isNull();
    assertThat(old.resources()).hasSize(2);
    VerdictResource heap = old.resources().get(0);
    assertThat(heap.capacity()).isEqualTo(268435456.0);
    assertThat(heap.trend().slopePerHour()).isEqualTo(1000.0);
    assertThat(heap.trend().recentSlopeUpperPerHour()).isNull();
    assertThat(heap.threshold().minSlopePerHour()).isEqualTo(1.6777216E7);
    assertThat(heap.sequence()).isNull();
    assertThat(heap.limitPerHour()).isNull();
    VerdictResource threads = old.resources().get(1);
    assertThat(threads.trend()).isNull();
    assertThat(threads.threshold()).isNull();
    assertThat(old.gcPauses().count()).isEqualTo(3);
    assertThat(old.malformedLines()).isZero();
    assertThat(old.stoppedEarlyAtMs()).isNull();
    assertThat(old.diagnosis()).isNull();
  }

  @Test
  void fieldsANewerAnalyzerAddsAreIgnored() throws Exception {
    String newer =
        FORMAT_ONE
            .replace(
                "{\"outcome\"",
                "{\"formatVersion\":2,\"chartHints\":{\"scale\":\"log\"},\"outcome\"")
            .replace(
                "\"unit\":\"bytes\",", "\"unit\":\"bytes\",\"appliedLimit\":{\"perHour\":5.0},");
    Path file = dir.resolve("verdict.json");
    Files.writeString(file, newer);

    VerdictDocument read = json.read(file);
    VerdictHeadline headline = json.readHeadline(file);

    assertThat(read.formatVersionOrOne()).isEqualTo(2);
    assertThat(read.resources().get(0).trend().windowEndMs()).isEqualTo(601000L);
    assertThat(read.resources())
        .extracting(VerdictResource::resource)
        .containsExactly("heap.live", "threads.live");
    assertThat(headline.combined()).isFalse();
    assertThat(headline.outcome()).isEqualTo("PASS");
  }

  @Test
  void combinedVerdictRoundTripsAndItsHeadlineSaysCombined() throws Exception {
    CombinedVerdictDocument combined =
        new CombinedVerdictDocument(
            VerdictDocument.FORMAT_VERSION,
            Outcome.FAIL,
            "shop-1: leak",
            new CombinedVerdictDocument.Run(
                1000,
                null,
                0,
                60_000L,
                5000,
                0,
                2,
                List.of("sleep", "1"),
                0,
                "command.log",
                "ci-host",
                "0.1.0",
                new RunIdentity(Map.of("version", "1.0"), null)),
            List.of(
                new CombinedVerdictDocument.Target(
                    "shop-1",
                    "127.0.0.1:9010",
                    "targets/shop-1",
                    Outcome.FAIL,
                    "leak",
                    List.of("heap.live"),
                    List.of("Order"),
                    null,
                    null)),
            List.of(
                new CombinedVerdictDocument.Resource(
                    "shop-1/heap.live", "shop-1", "heap.live", Outcome.FAIL, "grows", null)),
            null);
    Path file = dir.resolve("verdict.json");

    json.write(combined, file);

    assertThat(json.readCombined(file)).isEqualTo(combined);
    VerdictHeadline headline = json.readHeadline(file);
    assertThat(headline.combined()).isTrue();
    assertThat(headline.run()).isEqualTo(new VerdictHeadline.Run(0, "command.log"));
    assertThat(headline.resources())
        .containsExactly(new VerdictHeadline.Resource("shop-1/heap.live", "FAIL"));
    assertThat(mapper.readTree(file.toFile()).has("stoppedEarlyAtMs")).isTrue();
  }

  private static VerdictDocument fullVerdict() throws Exception {
    VerdictResource heap =
        new VerdictResource(
            "heap.live",
            "bytes",
            268435456.0,
            Outcome.FAIL,
            "heap.live grows",
            new VerdictResource.TrendFigures(
                3.0e8, 2.9e8, 3.3e8, 0.95, 1.7e-7, 5.1, 3.2e8, null, 4.0e7, 120_000L, 600_000L, 30,
                8.0e7),
            5.0e6,
            null,
            null,
            new VerdictResource.ThresholdFigures(1.6777216E7, 0.02, 1.0E-4),
            2100L,
            "35 min 0 s",
            new VerdictResource.SequenceFigures(3.0e8, 2.0e8, null, 0.99, 1.2, 12));
    VerdictResource threads =
        new VerdictResource(
            "threads.live",
            "count",
            null,
            Outcome.INCONCLUSIVE,
            "too few samples",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    RunInfo run =
        new RunInfo(
            1000,
            601_000L,
            120_000,
            600_000L,
            5000,
            60_000,
            "127.0.0.1:9010",
            "127.0.0.1",
            4242,
            "OpenJDK 17",
            "17.0.15",
            List.of("G1 Young Generation"),
            268435456,
            null,
            null,
            null,
            "ci-host",
            "0.1.0",
            new RunIdentity(
                Map.of("version", "1.4.2"), new MachineInfo("ci-host", 2, "Linux", "OpenJDK 17")));
    // The analyzer's own section: this module keeps it as a tree, with its fields as written.
    JsonNode diagnosis =
        new ObjectMapper()
            .readTree(
                "{\"suspects\":[{\"rank\":1,\"kind\":\"HEAP_CLASS\",\"name\":\"shop.Order\","
                    + "\"growthPerHour\":3.0E8,\"trace\":{\"fingerprint\":\"0123456789abcdef\"}}],"
                    + "\"histograms\":[{\"moment\":\"start\",\"durationMs\":40}],"
                    + "\"jfrFile\":\"old-objects.jfr\",\"notes\":[\"no thread dumps\"]}");
    return new VerdictDocument(
        VerdictDocument.FORMAT_VERSION,
        Outcome.FAIL,
        "leak: heap.live grows",
        run,
        List.of(heap, threads),
        List.of(new VerdictDocument.Gap(300_000, 4250)),
        null,
        new GcPauseSummary(120, 3.2, 7.5, 12.0, 19.9, 21.5, 480.0),
        0,
        0,
        1,
        null,
        0,
        90_000L,
        diagnosis);
  }
}
