package dev.leakhunt.analyzer.verdict;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.analyzer.trend.SlopeBounds;
import dev.leakhunt.analyzer.trend.Trend;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.verdict.VerdictDocument;
import dev.leakhunt.contract.verdict.VerdictResource;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the analyzer's {@link RunVerdict} and {@link Diagnosis} to the shared {@code verdict.json}
 * record ({@link VerdictDocument}) and back. A figure that cannot be computed (NaN, infinite) is
 * written as null and reads back as NaN; an unbounded side of a confidence sequence reads back as
 * infinite.
 */
public final class VerdictDocuments {
  /**
   * Turns the diagnosis model into the section's tree and back; reading passes unknown fields over
   * and reads absent or null lists as empty.
   */
  private final ObjectMapper sections = sectionMapper();

  /**
   * The verdict file's record.
   *
   * @param diagnosis the run's diagnosis, or null to write none
   */
  public VerdictDocument toDocument(RunVerdict verdict, Diagnosis diagnosis) {
    EvidenceQuality quality = verdict.quality();
    return new VerdictDocument(
        VerdictDocument.FORMAT_VERSION,
        verdict.outcome(),
        verdict.reason(),
        verdict.run(),
        verdict.resources().stream().map(VerdictDocuments::toResource).toList(),
        verdict.gaps().stream()
            .map(gap -> new VerdictDocument.Gap(gap.startMs(), gap.durationMs()))
            .toList(),
        verdict.targetDeath(),
        verdict.gcPauses(),
        quality.malformedLines(),
        quality.skippedTimestampLines(),
        quality.clockJumps(),
        quality.liveSetMeasured(),
        quality.unmeasuredProbes(),
        verdict.stoppedEarlyAtMs(),
        diagnosis == null ? null : toSection(diagnosis));
  }

  /** The diagnosis as the verdict file's section: the model's own fields, written as they are. */
  public JsonNode toSection(Diagnosis diagnosis) {
    return sections.valueToTree(diagnosis);
  }

  /** The verdict a file's record holds. */
  public RunVerdict toVerdict(VerdictDocument document) throws IOException {
    List<ResourceVerdict> resources = new ArrayList<>();
    for (VerdictResource resource : document.resources()) {
      resources.add(toResourceVerdict(resource));
    }
    return new RunVerdict(
        required(document.outcome(), "outcome"),
        orEmpty(document.reason()),
        document.run(),
        resources,
        document.gaps().stream()
            .map(gap -> new SamplingGap(gap.startMs(), gap.durationMs()))
            .toList(),
        document.targetDeath(),
        document.gcPauses(),
        new EvidenceQuality(
            document.malformedLines(),
            document.skippedTimestampLines(),
            document.clockJumps(),
            document.liveSetMeasured(),
            document.unmeasuredProbes()),
        document.stoppedEarlyAtMs());
  }

  /**
   * The diagnosis a file's section holds, or null when it has none. Fields a newer analyzer adds
   * are passed over; lists an older one did not write read as empty.
   *
   * @throws IOException when the section does not bind to the model (e.g. a suspect kind this
   *     analyzer does not know)
   */
  public Diagnosis toDiagnosis(JsonNode section) throws IOException {
    return section == null ? null : sections.treeToValue(section, Diagnosis.class);
  }

  private static ObjectMapper sectionMapper() {
    ObjectMapper mapper =
        new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    return mapper;
  }

  private static VerdictResource toResource(ResourceVerdict verdict) {
    Trend trend = verdict.trend();
    Threshold threshold = verdict.threshold();
    Duration exhaustion = verdict.timeToExhaustion();
    SlopeBounds sequence = verdict.sequence();
    return new VerdictResource(
        verdict.resource(),
        verdict.unit(),
        figure(verdict.capacity()),
        verdict.outcome(),
        verdict.reason(),
        trend == null
            ? null
            : new VerdictResource.TrendFigures(
                figure(trend.slopePerHour()),
                figure(trend.slopeLowerPerHour()),
                figure(trend.slopeUpperPerHour()),
                figure(trend.confidenceLevel()),
                figure(trend.pValue()),
                figure(trend.mannKendallZ()),
                figure(trend.recentSlopePerHour()),
                figure(trend.recentSlopeUpperPerHour()),
                figure(trend.interceptAtStart()),
                trend.windowStartMs(),
                trend.windowEndMs(),
                trend.reducedPointCount(),
                figure(trend.lastValue())),
        figure(verdict.limitPerHour()),
        verdict.warning(),
        verdict.moreTimeNeeded() == null ? null : verdict.moreTimeNeeded().getSeconds(),
        threshold == null
            ? null
            : new VerdictResource.ThresholdFigures(
                figure(threshold.minSlopePerHour()),
                figure(threshold.minFractionOfCapacityPerHour()),
                figure(threshold.significanceLevel())),
        exhaustion == null ? null : exhaustion.getSeconds(),
        exhaustion == null ? null : Figures.duration(exhaustion),
        sequence == null
            ? null
            : new VerdictResource.SequenceFigures(
                figure(sequence.slopePerHour()),
                figure(sequence.lowerPerHour()),
                figure(sequence.upperPerHour()),
                figure(sequence.confidenceLevel()),
                figure(sequence.serialCorrelationFactor()),
                sequence.bucketCount()));
  }

  private static ResourceVerdict toResourceVerdict(VerdictResource resource) throws IOException {
    VerdictResource.TrendFigures figures = resource.trend();
    Trend trend =
        figures == null
            ? null
            : new Trend(
                number(figures.slopePerHour()),
                number(figures.slopeLowerPerHour()),
                number(figures.slopeUpperPerHour()),
                number(figures.confidenceLevel()),
                number(figures.interceptAtStart()),
                orZero(figures.windowStartMs()),
                orZero(figures.windowEndMs()),
                number(figures.mannKendallZ()),
                number(figures.pValue()),
                number(figures.recentSlopePerHour()),
                number(figures.recentSlopeUpperPerHour()),
                figures.reducedPointCount() == null ? 0 : figures.reducedPointCount(),
                number(figures.lastValue()));
    VerdictResource.ThresholdFigures limits = resource.threshold();
    return ResourceVerdict.builder(
            orEmpty(resource.resource()), orEmpty(resource.unit()), number(resource.capacity()))
        .outcome(required(resource.outcome(), "outcome of resource " + resource.resource()))
        .trend(trend)
        .threshold(
            limits == null
                ? null
                : new Threshold(
                    number(limits.minSlopePerHour()),
                    number(limits.minFractionOfCapacityPerHour()),
                    number(limits.significanceLevel())))
        .timeToExhaustion(
            resource.timeToExhaustionSeconds() == null
                ? null
                : Duration.ofSeconds(resource.timeToExhaustionSeconds()))
        .reason(orEmpty(resource.reason()))
        .limitPerHour(number(resource.limitPerHour()))
        .warning(resource.warning())
        .moreTimeNeeded(
            resource.moreTimeNeededSeconds() == null
                ? null
                : Duration.ofSeconds(resource.moreTimeNeededSeconds()))
        .sequence(resource.sequence() == null ? null : toBounds(resource.sequence()))
        .build();
  }

  /** Unbounded sides were written as null (infinite); they read back as infinite. */
  private static SlopeBounds toBounds(VerdictResource.SequenceFigures figures) {
    return new SlopeBounds(
        number(figures.sequenceSlopePerHour()),
        figures.sequenceLowerPerHour() == null
            ? Double.NEGATIVE_INFINITY
            : figures.sequenceLowerPerHour(),
        figures.sequenceUpperPerHour() == null
            ? Double.POSITIVE_INFINITY
            : figures.sequenceUpperPerHour(),
        number(figures.sequenceConfidenceLevel()),
        number(figures.sequenceCorrelationFactor()),
        figures.sequenceBucketCount());
  }

  /** A figure as written: null when it could not be computed. */
  private static Double figure(double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
  }

  private static double number(Double value) {
    return value == null ? Double.NaN : value;
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static Outcome required(Outcome outcome, String field) throws IOException {
    if (outcome == null) {
      throw new IOException("no " + field);
    }
    return outcome;
  }
}
