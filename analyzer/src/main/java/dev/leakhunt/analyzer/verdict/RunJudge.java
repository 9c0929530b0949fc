package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.RecordedRun;
import dev.leakhunt.analyzer.series.ResourceCatalog;
import dev.leakhunt.analyzer.series.ResourceSeries;
import dev.leakhunt.analyzer.series.SamplesHealth;
import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.ResourceIds;
import dev.leakhunt.contract.run.RunInfo;
import dev.leakhunt.contract.run.Units;
import dev.leakhunt.contract.verdict.GcPauseSummary;
import dev.leakhunt.contract.verdict.TargetDeath;
import java.io.IOException;
import java.io.UncheckedIOException;
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
   * Judges a recorded run held in memory.
   *
   * @param run the samples
   * @param info the run's metadata; its end time and exit code are completed from the samples
   * @param overrides user thresholds by resource id
   * @param gcPauses the GC pause distribution
   */
  public RunVerdict judge(
      RecordedRun run,
      RunInfo info,
      Map<String, ThresholdOverride> overrides,
      GcPauseSummary gcPauses) {
    try {
      return judge(RunDigest.of(run, info), info, overrides, gcPauses);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // A run in memory has nothing to fail reading.
    }
  }

  /**
   * Judges a run from its digest (two streamed passes over its samples).
   *
   * @param digest what the samples hold, see {@link RunDigest}
   * @param info the run's metadata; its end time and exit code are completed from the samples
   * @param overrides user thresholds by resource id
   * @param gcPauses the GC pause distribution
   */
  public RunVerdict judge(
      RunDigest digest,
      RunInfo info,
      Map<String, ThresholdOverride> overrides,
      GcPauseSummary gcPauses) {
    List<ResourceVerdict> verdicts = new ArrayList<>();
    for (String resource : digest.judgedResources()) {
      String unit = ResourceCatalog.unitOf(resource);
      ResourceSeries series =
          new ResourceSeries(resource, unit, digest.capacity(resource), List.of());
      Threshold threshold = defaults.forResource(resource, unit);
      ThresholdOverride override = overrides.get(resource);
      if (override != null) {
        threshold = override.applyTo(threshold);
      }
      ResourceVerdict verdict =
          seriesJudge.judge(
              series,
              digest.reduced(resource, info.windowStartMs()),
              info.windowStartMs(),
              threshold);
      if (resource.equals(ResourceIds.HEAP_LIVE)
          && Boolean.FALSE.equals(digest.liveSetMeasured())) {
        verdict = withNote(verdict, liveSetNote(digest));
      }
      verdicts.add(verdict);
    }
    List<ResourceVerdict> judged = verdicts;
    verdicts =
        judged.stream()
            .map(v -> HeapCoGrowth.applied(v, judged))
            .map(NativeStepAllowance::applied)
            .map(v -> NativeMemoryNotes.explained(v, judged, digest))
            .toList();
    EarlyStopEvidence early = digest.earlyStop();
    verdicts = early.applyTo(verdicts);
    TargetDeath death = digest.death();
    long endMs =
        info.endMs() != null
            ? info.endMs()
            : digest.lastTimestampMs() != null ? digest.lastTimestampMs() : info.startMs();
    Integer exitCode =
        digest.commandExitCode() != null ? digest.commandExitCode() : info.commandExitCode();
    RunInfo ended = info.ended(endMs, exitCode);
    Outcome outcome = outcome(death, verdicts);
    EvidenceQuality quality =
        new EvidenceQuality(
            digest.health().malformedLines(),
            digest.health().skippedTimestampLines(),
            digest.health().clockJumps(),
            digest.liveSetMeasured(),
            digest.unmeasuredProbes());
    return new RunVerdict(
        outcome,
        reason(outcome, death, verdicts, ended, early.clause(info), notes(digest)),
        ended,
        verdicts,
        digest.gaps(),
        death,
        gcPauses,
        quality,
        early.stoppedAtMs());
  }

  /** What the reader must know about the evidence, one clause each. */
  private static List<String> notes(RunDigest digest) {
    List<String> notes = new ArrayList<>();
    if (Boolean.FALSE.equals(digest.liveSetMeasured())) {
      notes.add(liveSetNote(digest));
    }
    SamplesHealth health = digest.health();
    List<String> skipped = new ArrayList<>();
    if (health.malformedLines() > 0) {
      skipped.add(plural(health.malformedLines(), "malformed line"));
    }
    if (health.skippedTimestampLines() > 0) {
      skipped.add(plural(health.skippedTimestampLines(), "line") + " with a corrupt timestamp");
    }
    if (!skipped.isEmpty()) {
      notes.add("samples.csv: " + String.join(" and ", skipped) + " skipped");
    }
    if (health.clockJumps() > 0) {
      notes.add(
          "samples.csv: the clock jumped forward "
              + plural(health.clockJumps(), "time")
              + " (kept as gaps)");
    }
    for (String note : NativeMemoryNotes.notes(digest)) {
      notes.add("note: " + note);
    }
    return notes;
  }

  /** Why the live heap is judged on post-GC floors rather than probed live sets. */
  static String liveSetNote(RunDigest digest) {
    return "the live set was not measured: "
        + (digest.explicitGcDisabled()
            ? "the target ignores forced GCs (-XX:+DisableExplicitGC), so "
            : "")
        + plural(digest.unmeasuredProbes(), "forced GC")
        + " ran no collection; heap.live is judged on the heap after the target's own"
        + " collections (a noisier floor)";
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static ResourceVerdict withNote(ResourceVerdict verdict, String note) {
    // Every figure kept: the limit, the warning and the time still needed belong to the verdict.
    return verdict.withReason(
        verdict.reason() + (verdict.reason().endsWith(".") ? " " : ". ") + "Note: " + note + ".");
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
      Outcome outcome,
      TargetDeath death,
      List<ResourceVerdict> verdicts,
      RunInfo info,
      String stoppedEarly,
      List<String> notes) {
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
    if (stoppedEarly != null) {
      parts.add(stoppedEarly);
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
    parts.addAll(notes);
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
    if (TargetDeath.UNRESPONSIVE.equals(death.cause())) {
      return "target stopped responding at "
          + Figures.instant(death.atMs())
          + " (no answer for "
          + (death.silentMs() == null ? "?" : Figures.duration(Duration.ofMillis(death.silentMs())))
          + "), last live heap "
          + Figures.amount(death.lastLiveHeapBytes(), Units.BYTES)
          + " of max "
          + Figures.amount(death.maxHeapBytes(), Units.BYTES)
          + (death.lastThreads() == null
              ? ""
              : ", " + Math.round(death.lastThreads()) + " live threads");
    }
    if (TargetDeath.REPLACED.equals(death.cause())) {
      return "target died at "
          + Figures.instant(death.atMs())
          + " and was replaced by another process"
          + (death.replacementPid() == null ? "" : " (pid " + death.replacementPid() + ")")
          + " on the same address; only its first life is judged, last live heap "
          + Figures.amount(death.lastLiveHeapBytes(), Units.BYTES)
          + " of max "
          + Figures.amount(death.maxHeapBytes(), Units.BYTES);
    }
    return "target died at "
        + Figures.instant(death.atMs())
        + " ("
        + death.cause().replace('-', ' ')
        + "), last live heap "
        + Figures.amount(death.lastLiveHeapBytes(), Units.BYTES)
        + " of max "
        + Figures.amount(death.maxHeapBytes(), Units.BYTES);
  }
}
