package dev.leakhunt.analyzer.verdict;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.trend.SlopeBounds;
import dev.leakhunt.analyzer.trend.Trend;
import dev.leakhunt.contract.run.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link RunVerdict} as {@code verdict.json} and reads it back. Each resource is one flat
 * object ({@code resource}, {@code outcome}, {@code slopePerHour}, ...) so scripts can read figures
 * without knowing the internal records; NaN figures are written as null.
 */
public final class RunVerdictJson {
  /** The verdict file's field that holds the diagnosis. */
  public static final String DIAGNOSIS = "diagnosis";

  /**
   * Version of the layout of {@code verdict.json} and {@code run.json}, written as {@code
   * formatVersion} at their top. 1 (no field): before run identities; 2: {@code run.identity}
   * (tags, machine) replaces {@code run.gitCommit}. Readers accept fields they do not know, so a
   * newer minor addition never breaks an older reader.
   */
  public static final int FORMAT_VERSION = 2;

  /** The verdict file's field that holds the format version. */
  public static final String FORMAT_VERSION_FIELD = "formatVersion";

  private final ObjectMapper mapper =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Writes the verdict to {@code file}. */
  public void write(RunVerdict verdict, Path file) throws IOException {
    mapper.writeValue(file.toFile(), toTree(verdict));
  }

  /**
   * Writes the verdict with its {@code diagnosis} section (what leaks and where) to {@code file}.
   *
   * @param diagnosis the run's diagnosis, or null to write none
   */
  public void write(RunVerdict verdict, Diagnosis diagnosis, Path file) throws IOException {
    ObjectNode root = toTree(verdict);
    if (diagnosis != null) {
      root.set(DIAGNOSIS, mapper.valueToTree(diagnosis));
    }
    mapper.writeValue(file.toFile(), root);
  }

  /** The {@code diagnosis} section of a verdict file, or null when it has none. */
  public Diagnosis readDiagnosis(Path file) throws IOException {
    JsonNode node = mapper.readTree(file.toFile()).path(DIAGNOSIS);
    return node.isObject() ? mapper.treeToValue(node, Diagnosis.class) : null;
  }

  /** Reads a verdict written by {@link #write}. */
  public RunVerdict read(Path file) throws IOException {
    return fromTree(mapper.readTree(file.toFile()));
  }

  /** Reads a verdict from its JSON tree, e.g. one already checked for its format version. */
  public RunVerdict read(JsonNode root) throws IOException {
    return fromTree(root);
  }

  /** The {@code diagnosis} section of a verdict tree, or null when it has none. */
  public Diagnosis readDiagnosis(JsonNode root) throws IOException {
    JsonNode node = root.path(DIAGNOSIS);
    return node.isObject() ? mapper.treeToValue(node, Diagnosis.class) : null;
  }

  /**
   * The format version a verdict or run file was written with: its {@code formatVersion}, or 1 when
   * it has none (written before the field existed).
   */
  public static int formatVersion(JsonNode root) {
    JsonNode version = root.path(FORMAT_VERSION_FIELD);
    return version.isInt() ? version.asInt() : 1;
  }

  /** Writes run metadata alone, as {@code run.json} at the start of a run. */
  public void writeRunInfo(RunInfo info, Path file) throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.put(FORMAT_VERSION_FIELD, FORMAT_VERSION);
    root.setAll((ObjectNode) mapper.valueToTree(info));
    mapper.writeValue(file.toFile(), root);
  }

  /** Reads {@code run.json}. */
  public RunInfo readRunInfo(Path file) throws IOException {
    return mapper.readValue(file.toFile(), RunInfo.class);
  }

  ObjectNode toTree(RunVerdict verdict) {
    ObjectNode root = mapper.createObjectNode();
    root.put(FORMAT_VERSION_FIELD, FORMAT_VERSION);
    root.put("outcome", verdict.outcome().name());
    root.put("reason", verdict.reason());
    root.set("run", mapper.valueToTree(verdict.run()));
    ArrayNode resources = root.putArray("resources");
    for (ResourceVerdict resource : verdict.resources()) {
      resources.add(resourceTree(resource));
    }
    root.set("gaps", mapper.valueToTree(verdict.gaps()));
    root.set("targetDeath", mapper.valueToTree(verdict.targetDeath()));
    root.set("gcPauses", mapper.valueToTree(verdict.gcPauses()));
    EvidenceQuality quality = verdict.quality();
    root.put("malformedLines", quality.malformedLines());
    root.put("skippedTimestampLines", quality.skippedTimestampLines());
    root.put("clockJumps", quality.clockJumps());
    if (quality.liveSetMeasured() == null) {
      root.putNull("liveSetMeasured");
    } else {
      root.put("liveSetMeasured", quality.liveSetMeasured());
    }
    root.put("unmeasuredProbes", quality.unmeasuredProbes());
    if (verdict.stoppedEarlyAtMs() != null) {
      root.put("stoppedEarlyAtMs", verdict.stoppedEarlyAtMs());
    }
    return root;
  }

  private ObjectNode resourceTree(ResourceVerdict verdict) {
    ObjectNode node = mapper.createObjectNode();
    node.put("resource", verdict.resource());
    node.put("unit", verdict.unit());
    putNumber(node, "capacity", verdict.capacity());
    node.put("outcome", verdict.outcome().name());
    node.put("reason", verdict.reason());
    Trend trend = verdict.trend();
    if (trend != null) {
      putNumber(node, "slopePerHour", trend.slopePerHour());
      putNumber(node, "slopeLowerPerHour", trend.slopeLowerPerHour());
      putNumber(node, "slopeUpperPerHour", trend.slopeUpperPerHour());
      putNumber(node, "confidenceLevel", trend.confidenceLevel());
      putNumber(node, "pValue", trend.pValue());
      putNumber(node, "mannKendallZ", trend.mannKendallZ());
      putNumber(node, "recentSlopePerHour", trend.recentSlopePerHour());
      putNumber(node, "recentSlopeUpperPerHour", trend.recentSlopeUpperPerHour());
      putNumber(node, "interceptAtStart", trend.interceptAtStart());
      node.put("windowStartMs", trend.windowStartMs());
      node.put("windowEndMs", trend.windowEndMs());
      node.put("reducedPointCount", trend.reducedPointCount());
      putNumber(node, "lastValue", trend.lastValue());
    }
    putNumber(node, "limitPerHour", verdict.limitPerHour());
    node.put("warning", verdict.warning());
    if (verdict.moreTimeNeeded() != null) {
      node.put("moreTimeNeededSeconds", verdict.moreTimeNeeded().getSeconds());
    }
    Threshold threshold = verdict.threshold();
    if (threshold != null) {
      ObjectNode limits = node.putObject("threshold");
      putNumber(limits, "minSlopePerHour", threshold.minSlopePerHour());
      putNumber(limits, "minFractionOfCapacityPerHour", threshold.minFractionOfCapacityPerHour());
      putNumber(limits, "significanceLevel", threshold.significanceLevel());
    }
    Duration exhaustion = verdict.timeToExhaustion();
    if (exhaustion != null) {
      node.put("timeToExhaustionSeconds", exhaustion.getSeconds());
      node.put("timeToExhaustion", Figures.duration(exhaustion));
    }
    SlopeBounds sequence = verdict.sequence();
    if (sequence != null) {
      putNumber(node, "sequenceSlopePerHour", sequence.slopePerHour());
      putNumber(node, "sequenceLowerPerHour", sequence.lowerPerHour());
      putNumber(node, "sequenceUpperPerHour", sequence.upperPerHour());
      putNumber(node, "sequenceConfidenceLevel", sequence.confidenceLevel());
      putNumber(node, "sequenceCorrelationFactor", sequence.serialCorrelationFactor());
      node.put("sequenceBucketCount", sequence.bucketCount());
    }
    return node;
  }

  private RunVerdict fromTree(JsonNode root) throws IOException {
    List<ResourceVerdict> resources = new ArrayList<>();
    for (JsonNode node : root.path("resources")) {
      resources.add(resourceFromTree(node));
    }
    List<SamplingGap> gaps = new ArrayList<>();
    for (JsonNode gap : root.path("gaps")) {
      gaps.add(mapper.treeToValue(gap, SamplingGap.class));
    }
    JsonNode death = root.path("targetDeath");
    return new RunVerdict(
        Outcome.valueOf(root.path("outcome").asText()),
        root.path("reason").asText(),
        mapper.treeToValue(root.path("run"), RunInfo.class),
        resources,
        gaps,
        death.isNull() || death.isMissingNode() ? null : readDeath(death),
        mapper.treeToValue(root.path("gcPauses"), GcPauseSummary.class),
        new EvidenceQuality(
            root.path("malformedLines").asLong(),
            root.path("skippedTimestampLines").asLong(),
            root.path("clockJumps").asLong(),
            root.path("liveSetMeasured").isBoolean()
                ? root.path("liveSetMeasured").asBoolean()
                : null,
            root.path("unmeasuredProbes").asLong()),
        root.path("stoppedEarlyAtMs").isNumber() ? root.path("stoppedEarlyAtMs").asLong() : null);
  }

  private static TargetDeath readDeath(JsonNode node) {
    return new TargetDeath(
        node.path("atMs").asLong(),
        node.path("cause").asText(),
        number(node, "lastLiveHeapBytes"),
        number(node, "maxHeapBytes"),
        node.path("silentMs").isNumber() ? node.path("silentMs").asLong() : null,
        node.path("replacementPid").isNumber() ? node.path("replacementPid").asLong() : null,
        node.path("lastThreads").isNumber() ? node.path("lastThreads").asDouble() : null);
  }

  private static ResourceVerdict resourceFromTree(JsonNode node) {
    Trend trend = null;
    if (node.has("slopePerHour")) {
      trend =
          new Trend(
              number(node, "slopePerHour"),
              number(node, "slopeLowerPerHour"),
              number(node, "slopeUpperPerHour"),
              number(node, "confidenceLevel"),
              number(node, "interceptAtStart"),
              node.path("windowStartMs").asLong(),
              node.path("windowEndMs").asLong(),
              number(node, "mannKendallZ"),
              number(node, "pValue"),
              number(node, "recentSlopePerHour"),
              number(node, "recentSlopeUpperPerHour"),
              node.path("reducedPointCount").asInt(),
              number(node, "lastValue"));
    }
    JsonNode limits = node.path("threshold");
    Threshold threshold =
        limits.isObject()
            ? new Threshold(
                number(limits, "minSlopePerHour"),
                number(limits, "minFractionOfCapacityPerHour"),
                number(limits, "significanceLevel"))
            : null;
    Duration exhaustion =
        node.has("timeToExhaustionSeconds")
            ? Duration.ofSeconds(node.path("timeToExhaustionSeconds").asLong())
            : null;
    return ResourceVerdict.builder(
            node.path("resource").asText(), node.path("unit").asText(), number(node, "capacity"))
        .outcome(Outcome.valueOf(node.path("outcome").asText()))
        .trend(trend)
        .threshold(threshold)
        .timeToExhaustion(exhaustion)
        .reason(node.path("reason").asText())
        .limitPerHour(number(node, "limitPerHour"))
        .warning(node.path("warning").isTextual() ? node.path("warning").asText() : null)
        .moreTimeNeeded(
            node.has("moreTimeNeededSeconds")
                ? Duration.ofSeconds(node.path("moreTimeNeededSeconds").asLong())
                : null)
        .sequence(node.has("sequenceBucketCount") ? sequenceFromTree(node) : null)
        .build();
  }

  /** Unbounded sides were written as null (infinite); they read back as infinite. */
  private static SlopeBounds sequenceFromTree(JsonNode node) {
    double lower = number(node, "sequenceLowerPerHour");
    double upper = number(node, "sequenceUpperPerHour");
    return new SlopeBounds(
        number(node, "sequenceSlopePerHour"),
        Double.isNaN(lower) ? Double.NEGATIVE_INFINITY : lower,
        Double.isNaN(upper) ? Double.POSITIVE_INFINITY : upper,
        number(node, "sequenceConfidenceLevel"),
        number(node, "sequenceCorrelationFactor"),
        node.path("sequenceBucketCount").asInt());
  }

  private static void putNumber(ObjectNode node, String field, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  private static double number(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNumber() ? value.asDouble() : Double.NaN;
  }
}
