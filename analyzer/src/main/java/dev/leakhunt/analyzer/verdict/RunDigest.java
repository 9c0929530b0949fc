package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.sampler.TargetSession;
import dev.leakhunt.analyzer.series.ChartEnvelope;
import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.series.ResourceCatalog;
import dev.leakhunt.analyzer.series.SampleSource;
import dev.leakhunt.analyzer.series.SamplesHealth;
import dev.leakhunt.analyzer.trend.BucketAccumulator;
import dev.leakhunt.analyzer.trend.BucketPlan;
import dev.leakhunt.analyzer.trend.BucketStatistic;
import dev.leakhunt.analyzer.trend.ReducedSeries;
import dev.leakhunt.analyzer.trend.SlopeBounds;
import dev.leakhunt.contract.run.ResourceIds;
import dev.leakhunt.contract.run.RunInfo;
import dev.leakhunt.contract.verdict.TargetDeath;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the judge and the report need from a recorded run, gathered in two passes over its
 * samples in memory bounded by the number of row ids, never by the number of rows: a 7-day run at 1
 * Hz costs what a 10-minute one does.
 *
 * <p>The first pass outlines every row id (count, first and last time, latest value, the judged
 * window's extent) and collects the events; the second reduces each judged resource straight into
 * its ~30 buckets ({@link BucketAccumulator}, the same buckets as {@link
 * dev.leakhunt.analyzer.trend.BucketReducer}) and a bounded chart envelope, and replays the live
 * heap into the {@code --stop-early} confidence sequence ({@link EarlyStopEvidence}): the one part
 * that grows with the run, by two numbers per probe-wide bucket (about 1 MB for 7 days of 20 s
 * probes).
 */
public final class RunDigest {
  /** Most gaps listed; a run that reconnected more often than this lists its first ones. */
  static final int MAX_GAPS = 10_000;

  private final List<String> judged;
  private final Map<String, Outline> outlines;
  private final Map<String, ReducedSeries> reduced = new LinkedHashMap<>();
  private final Map<String, ChartEnvelope> charts = new LinkedHashMap<>();
  private final List<SamplingGap> gaps;
  private final TargetDeath death;
  private final Integer commandExitCode;
  private final Long lastTimestampMs;
  private final SamplesHealth health;
  private final Boolean liveSetMeasured;
  private final long unmeasuredProbes;
  private final boolean explicitGcDisabled;
  private final EarlyStopEvidence earlyStop;

  /** Per row id, what one pass learns. */
  private static final class Outline {
    long count;
    long firstMs = Long.MAX_VALUE;
    long lastMs = Long.MIN_VALUE;
    double latestValue = Double.NaN;
    long latestMs = Long.MIN_VALUE;
    long windowCount;
    long windowFirstMs = Long.MAX_VALUE;
    long windowLastMs = Long.MIN_VALUE;
    final long[] windowTimesMs = new long[BucketPlan.TIMESTAMPS_KEPT];

    void add(long timestampMs, double value, long windowStartMs) {
      count++;
      firstMs = Math.min(firstMs, timestampMs);
      lastMs = Math.max(lastMs, timestampMs);
      if (timestampMs >= latestMs) {
        latestMs = timestampMs;
        latestValue = value;
      }
      if (timestampMs >= windowStartMs && Double.isFinite(value)) {
        if (windowCount < windowTimesMs.length) {
          windowTimesMs[(int) windowCount] = timestampMs;
        }
        windowCount++;
        windowFirstMs = Math.min(windowFirstMs, timestampMs);
        windowLastMs = Math.max(windowLastMs, timestampMs);
      }
    }
  }

  private RunDigest(SampleSource source, RunInfo info) throws IOException {
    long windowStartMs = info.windowStartMs();
    Map<String, Outline> byId = new LinkedHashMap<>();
    List<SamplingGap> gapList = new ArrayList<>();
    Point[] firstDeath = {null};
    String[] deathId = {null};
    Point[] firstEarlyStop = {null};
    String[] earlyStopId = {null};
    source.forEach(
        (timestampMs, resource, value) -> {
          byId.computeIfAbsent(resource, id -> new Outline())
              .add(timestampMs, value, windowStartMs);
          if (resource.equals(RunJudge.GAP_EVENT) && gapList.size() < MAX_GAPS) {
            gapList.add(new SamplingGap(timestampMs, (long) value));
          } else if (resource.startsWith(RunJudge.DEATH_EVENT_PREFIX)
              && (firstDeath[0] == null || timestampMs < firstDeath[0].timestampMs())) {
            firstDeath[0] = new Point(timestampMs, value);
            deathId[0] = resource;
          } else if (resource.startsWith(RunJudge.EARLY_STOP_EVENT_PREFIX)
              && (firstEarlyStop[0] == null || timestampMs < firstEarlyStop[0].timestampMs())) {
            firstEarlyStop[0] = new Point(timestampMs, value);
            earlyStopId[0] = resource;
          }
        });
    this.outlines = byId;
    this.health = source.health();
    gapList.sort((a, b) -> Long.compare(a.startMs(), b.startMs()));
    this.gaps = List.copyOf(gapList);
    this.judged =
        ResourceCatalog.judgedIn(
            byId.entrySet().stream()
                .filter(e -> e.getValue().count > 0)
                .map(Map.Entry::getKey)
                .toList());
    Outline exit = byId.get(RunJudge.COMMAND_EXIT_EVENT);
    this.commandExitCode = exit == null ? null : (int) exit.latestValue;
    this.lastTimestampMs =
        byId.values().stream().map(o -> o.lastMs).max(Long::compare).orElse(null);
    long measured = count(TargetSession.MEASURED_PROBE);
    this.unmeasuredProbes = count(TargetSession.UNMEASURED_PROBE);
    this.explicitGcDisabled = count(TargetSession.EXPLICIT_GC_DISABLED_EVENT) > 0;
    this.liveSetMeasured =
        info.liveProbeIntervalMs() <= 0 || (measured == 0 && unmeasuredProbes == 0)
            ? null
            : measured > 0;

    // Second pass: the judged resources' buckets and charts, and the figures before a death.
    Map<String, BucketAccumulator> buckets = new LinkedHashMap<>();
    for (String resource : judged) {
      Outline outline = byId.get(resource);
      if (outline == null || outline.windowCount == 0) {
        continue;
      }
      long widthMs =
          BucketPlan.widthMs(
              outline.windowFirstMs,
              outline.windowLastMs,
              outline.windowCount,
              outline.windowCount <= outline.windowTimesMs.length
                  ? java.util.Arrays.copyOf(outline.windowTimesMs, (int) outline.windowCount)
                  : null,
              ResourceJudge.TARGET_BUCKETS,
              minBucketWidth(resource, info, liveSetMeasured).toMillis());
      buckets.put(
          resource,
          new BucketAccumulator(
              outline.windowFirstMs,
              outline.windowLastMs,
              widthMs,
              BucketStatistic.forUnit(ResourceCatalog.unitOf(resource))));
    }
    for (String resource : judged) {
      Outline outline = byId.get(resource);
      if (outline != null) {
        charts.put(resource, new ChartEnvelope(outline.count, outline.firstMs, outline.lastMs));
      }
    }
    long deathAtMs = firstDeath[0] == null ? Long.MIN_VALUE : firstDeath[0].timestampMs();
    Point[] lastLiveBefore = {null};
    Point[] lastThreadsBefore = {null};
    // The sequence as the watch saw it: in the file's (arrival) order, up to the stop if any.
    long sequenceUntilMs =
        firstEarlyStop[0] == null ? Long.MAX_VALUE : firstEarlyStop[0].timestampMs();
    EarlyStopRule sequence =
        EarlyStopRule.boundsOnly(
            EarlyStopEvidence.WATCHED,
            ResourceCatalog.unitOf(EarlyStopEvidence.WATCHED),
            windowStartMs,
            Math.max(
                1, minBucketWidth(EarlyStopEvidence.WATCHED, info, liveSetMeasured).toMillis()),
            EarlyStopRule.LATENESS_INTERVALS * info.intervalMs(),
            null);
    Point[] lastSequenced = {null};
    source.forEach(
        (timestampMs, resource, value) -> {
          if (resource.equals(EarlyStopEvidence.WATCHED) && timestampMs <= sequenceUntilMs) {
            sequence.offer(timestampMs, value);
            if (timestampMs >= windowStartMs && Double.isFinite(value)) {
              lastSequenced[0] = later(lastSequenced[0], timestampMs, value);
            }
          }
          BucketAccumulator accumulator = buckets.get(resource);
          if (accumulator != null) {
            accumulator.add(timestampMs, value);
          }
          ChartEnvelope chart = charts.get(resource);
          if (chart != null) {
            chart.add(timestampMs, value);
          }
          if (timestampMs <= deathAtMs) {
            if (resource.equals(ResourceIds.HEAP_LIVE)) {
              lastLiveBefore[0] = later(lastLiveBefore[0], timestampMs, value);
            } else if (resource.equals(ResourceIds.THREADS_LIVE)) {
              lastThreadsBefore[0] = later(lastThreadsBefore[0], timestampMs, value);
            }
          }
        });
    buckets.forEach((resource, accumulator) -> reduced.put(resource, accumulator.reduced()));
    this.death =
        firstDeath[0] == null
            ? null
            : death(
                firstDeath[0],
                deathId[0].substring(RunJudge.DEATH_EVENT_PREFIX.length()),
                lastLiveBefore[0],
                lastThreadsBefore[0],
                capacity(ResourceIds.HEAP_LIVE));
    SlopeBounds bounds = sequence.bounds();
    this.earlyStop =
        new EarlyStopEvidence(
            firstEarlyStop[0] == null ? null : firstEarlyStop[0].timestampMs(),
            firstEarlyStop[0] == null
                ? null
                : earlyStopId[0].substring(RunJudge.EARLY_STOP_EVENT_PREFIX.length()),
            firstEarlyStop[0] == null ? Double.NaN : firstEarlyStop[0].value(),
            bounds.bucketCount() > 0 ? bounds : null,
            lastSequenced[0] == null ? Double.NaN : lastSequenced[0].value());
  }

  /** Walks {@code source} twice and keeps what the verdict and the report need. */
  public static RunDigest of(SampleSource source, RunInfo info) throws IOException {
    return new RunDigest(source, info);
  }

  private static Point later(Point kept, long timestampMs, double value) {
    return kept == null || timestampMs >= kept.timestampMs() ? new Point(timestampMs, value) : kept;
  }

  private static TargetDeath death(
      Point event, String cause, Point lastLive, Point lastThreads, double maxHeapBytes) {
    double lastLiveHeapBytes = lastLive == null ? Double.NaN : lastLive.value();
    return switch (cause) {
      case TargetDeath.UNRESPONSIVE ->
          TargetDeath.unresponsive(
              event.timestampMs(),
              lastLiveHeapBytes,
              maxHeapBytes,
              (long) event.value(),
              lastThreads == null ? null : lastThreads.value());
      case TargetDeath.REPLACED ->
          TargetDeath.replaced(
              event.timestampMs(), lastLiveHeapBytes, maxHeapBytes, (long) event.value());
      default -> TargetDeath.of(event.timestampMs(), cause, lastLiveHeapBytes, maxHeapBytes);
    };
  }

  /**
   * The live heap's buckets must each hold a forced-GC probe to measure the true live set; other
   * resources, and the live heap when the probes measured nothing, need one sample per bucket.
   */
  static Duration minBucketWidth(String resource, RunInfo info, Boolean liveSetMeasured) {
    if (resource.equals(ResourceIds.HEAP_LIVE)
        && info.liveProbeIntervalMs() > 0
        && !Boolean.FALSE.equals(liveSetMeasured)) {
      return Duration.ofMillis(Math.max(info.liveProbeIntervalMs(), info.intervalMs()));
    }
    return Duration.ofMillis(info.intervalMs());
  }

  private long count(String id) {
    Outline outline = outlines.get(id);
    return outline == null ? 0 : outline.count;
  }

  /** Every row id the run recorded (resources, capacities, events), in the order first seen. */
  public Set<String> recordedIds() {
    return Collections.unmodifiableSet(outlines.keySet());
  }

  /** The resources to judge, in report order. */
  public List<String> judgedResources() {
    return judged;
  }

  /** The latest recorded capacity of a resource, or NaN when none was recorded. */
  public double capacity(String resource) {
    Outline outline = outlines.get(ResourceCatalog.capacityRow(resource));
    return outline == null ? Double.NaN : outline.latestValue;
  }

  /**
   * The judged window of {@code resource} reduced to buckets; an empty series when no point lies in
   * the window.
   */
  public ReducedSeries reduced(String resource, long windowStartMs) {
    ReducedSeries series = reduced.get(resource);
    return series != null
        ? series
        : new ReducedSeries(
            new long[0],
            new double[0],
            0,
            0,
            windowStartMs,
            windowStartMs,
            BucketStatistic.forUnit(ResourceCatalog.unitOf(resource)));
  }

  /** At most {@value ChartEnvelope#MAX_POINTS} points per judged resource, for the charts. */
  public Map<String, List<Point>> chartPoints() {
    Map<String, List<Point>> points = new LinkedHashMap<>();
    charts.forEach((resource, chart) -> points.put(resource, chart.points()));
    return points;
  }

  public List<SamplingGap> gaps() {
    return gaps;
  }

  /** How the target ended, or null when it outlived the run. */
  public TargetDeath death() {
    return death;
  }

  /** The command's exit code as recorded, or null. */
  public Integer commandExitCode() {
    return commandExitCode;
  }

  /** The latest timestamp of any row, or null for an empty run. */
  public Long lastTimestampMs() {
    return lastTimestampMs;
  }

  /** What reading the samples skipped. */
  public SamplesHealth health() {
    return health;
  }

  /**
   * Whether the forced-GC probes measured the live set: null when probes were off or none ran,
   * false when every probe ran no collection (the target ignores forced GCs).
   */
  public Boolean liveSetMeasured() {
    return liveSetMeasured;
  }

  /** Probes whose forced GC ran no collection and so were not recorded as the live set. */
  public long unmeasuredProbes() {
    return unmeasuredProbes;
  }

  /** What {@code --stop-early} recorded, and the live heap's confidence-sequence bounds. */
  EarlyStopEvidence earlyStop() {
    return earlyStop;
  }

  /** Whether the target was seen to run with -XX:+DisableExplicitGC. */
  public boolean explicitGcDisabled() {
    return explicitGcDisabled;
  }
}
