package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.series.RecordedRun;
import dev.leakhunt.analyzer.series.ResourceCatalog;
import dev.leakhunt.analyzer.series.ResourceSeries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the run's verdict from its recorded samples: judges every resource the catalog names, then
 * combines them with how the target ended. A dead target fails the run whatever the trends say,
 * because running out of memory or crashing is the failure a soak test exists to find.
 */
public final class RunJudge {
  /** Event rows written by the watch loop. */
  public static final String GAP_EVENT = "event:gap";

  public static final String DEATH_EVENT_PREFIX = "event:target-died.";
  public static final String COMMAND_EXIT_EVENT = "event:command-exit";

  /**
   * Written with {@code --stop-early} when a resource was shown to grow above its limit before the
   * planned end: {@code event:stopped-early.<resource>}, valued the confidence sequence's lower
   * bound then (unit per hour).
   */
  public static final String EARLY_STOP_EVENT_PREFIX = "event:stopped-early.";

  private final SeriesJudge seriesJudge;
  private final ThresholdPolicy defaults;

  public RunJudge(SeriesJudge seriesJudge, ThresholdPolicy defaults) {
    this.seriesJudge = seriesJudge;
    this.defaults = defaults;
  }

  /**
   * Judges a recorded run.
   *
   * @param run the samples, as read back from {@code samples.csv}
   * @param info the run's metadata; its end time and exit code are completed from the samples
   * @param overrides user thresholds by resource id
   * @param gcPauses the GC pause distribution
   */
  public RunVerdict judge(
      RecordedRun run,
      RunInfo info,
      Map<String, ThresholdOverride> overrides,
      GcPauseSummary gcPauses) {
    List<ResourceVerdict> verdicts = new ArrayList<>();
    for (String resource : ResourceCatalog.judgedIn(run)) {
      ResourceSeries series = run.series(resource);
      Threshold threshold = defaults.forResource(resource, series.unit());
      ThresholdOverride override = overrides.get(resource);
      if (override != null) {
        threshold = override.applyTo(threshold);
      }
      verdicts.add(
          seriesJudge.judge(
              series, info.windowStartMs(), threshold, minBucketWidth(resource, info)));
    }
    EarlyStopEvidence early = EarlyStopEvidence.of(run);
    verdicts = early.applyTo(verdicts, run, info, minBucketWidth(EarlyStopEvidence.WATCHED, info));
    TargetDeath death = death(run);
    long endMs = info.endMs() != null ? info.endMs() : run.lastTimestampMs().orElse(info.startMs());
    Integer exitCode =
        run.last(COMMAND_EXIT_EVENT).map(p -> (int) p.value()).orElse(info.commandExitCode());
    RunInfo ended = info.ended(endMs, exitCode);
    Outcome outcome = outcome(death, verdicts);
    return new RunVerdict(
        outcome,
        early.reasonPrefix(info) + reason(outcome, death, verdicts, ended),
        ended,
        verdicts,
        gaps(run),
        death,
        gcPauses,
        early.stoppedAtMs());
  }

  /**
   * The live heap's buckets must each hold a forced-GC probe to measure the true live set; other
   * resources need one sample per bucket.
   */
  static Duration minBucketWidth(String resource, RunInfo info) {
    if (resource.equals("heap.live") && info.liveProbeIntervalMs() > 0) {
      return Duration.ofMillis(Math.max(info.liveProbeIntervalMs(), info.intervalMs()));
    }
    return Duration.ofMillis(info.intervalMs());
  }

  private static Outcome outcome(TargetDeath death, List<ResourceVerdict> verdicts) {
    if (death != null || verdicts.stream().anyMatch(v -> v.outcome() == Outcome.FAIL)) {
      return Outcome.FAIL;
    }
    if (verdicts.isEmpty()
        || verdicts.stream().anyMatch(v -> v.outcome() == Outcome.INCONCLUSIVE)) {
      return Outcome.INCONCLUSIVE;
    }
    return Outcome.PASS;
  }

  private static String reason(
      Outcome outcome, TargetDeath death, List<ResourceVerdict> verdicts, RunInfo info) {
    List<String> parts = new ArrayList<>();
    if (death != null) {
      parts.add(deathSentence(death));
    }
    Outcome listed = outcome == Outcome.PASS ? null : outcome;
    if (listed != null) {
      String detail =
          verdicts.stream()
              .filter(v -> v.outcome() == listed)
              .map(v -> withoutFinalStop(v.reason()))
              .collect(Collectors.joining("; "));
      if (!detail.isEmpty()) {
        parts.add(prefix(listed, verdicts) + detail);
      } else if (verdicts.isEmpty() && death == null) {
        parts.add("too little data: no resource was recorded");
      }
    } else {
      Duration window = Duration.ofMillis(Math.max(0, info.endMs() - info.windowStartMs()));
      parts.add(
          "no resource grows beyond its threshold ("
              + verdicts.size()
              + " judged over "
              + Figures.duration(window)
              + " after warm-up)");
    }
    String warnings =
        verdicts.stream()
            .filter(ResourceVerdict::hasWarning)
            .map(v -> withoutFinalStop(v.warning()))
            .collect(Collectors.joining("; "));
    if (!warnings.isEmpty()) {
      parts.add("warning: " + warnings);
    }
    if (info.commandExitCode() != null) {
      parts.add("command exited " + info.commandExitCode());
    }
    return String.join("; ", parts) + ".";
  }

  /**
   * "leak: " for failures; for INCONCLUSIVE, "too little data: " when no listed resource could be
   * fitted at all, else "undecided: " (a trend was fitted but its interval could not decide).
   */
  private static String prefix(Outcome listed, List<ResourceVerdict> verdicts) {
    if (listed == Outcome.FAIL) {
      return "leak: ";
    }
    boolean noneFitted =
        verdicts.stream().filter(v -> v.outcome() == listed).allMatch(v -> v.trend() == null);
    return noneFitted ? "too little data: " : "undecided: ";
  }

  private static String withoutFinalStop(String sentence) {
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
  }

  /** The sentence that names a dead target: when, how, and how full its heap was. */
  public static String deathSentence(TargetDeath death) {
    return "target died at "
        + Figures.instant(death.atMs())
        + " ("
        + death.cause().replace('-', ' ')
        + "), last live heap "
        + Figures.amount(death.lastLiveHeapBytes(), "bytes")
        + " of max "
        + Figures.amount(death.maxHeapBytes(), "bytes");
  }

  private static TargetDeath death(RecordedRun run) {
    for (Map.Entry<String, List<Point>> row : run.rows().entrySet()) {
      if (row.getKey().startsWith(DEATH_EVENT_PREFIX) && !row.getValue().isEmpty()) {
        long atMs = row.getValue().get(0).timestampMs();
        double lastLive =
            run.points("heap.live").stream()
                .filter(p -> p.timestampMs() <= atMs)
                .reduce((a, b) -> b)
                .map(Point::value)
                .orElse(Double.NaN);
        return new TargetDeath(
            atMs,
            row.getKey().substring(DEATH_EVENT_PREFIX.length()),
            lastLive,
            run.capacity("heap.live"));
      }
    }
    return null;
  }

  private static List<SamplingGap> gaps(RecordedRun run) {
    return run.points(GAP_EVENT).stream()
        .map(p -> new SamplingGap(p.timestampMs(), (long) p.value()))
        .toList();
  }
}
