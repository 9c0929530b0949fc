package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.RunInfo;
import dev.leakhunt.contract.verdict.GcPauseSummary;
import dev.leakhunt.contract.verdict.TargetDeath;
import java.util.List;

/**
 * The judgement of a whole run: the source of truth every report is rendered from.
 *
 * @param outcome FAIL when the target died or any resource leaks; else INCONCLUSIVE when any
 *     resource could not be judged; else PASS
 * @param reason one human sentence with the figures behind the outcome
 * @param run the run's metadata
 * @param resources one verdict per judged resource, in report order
 * @param gaps periods the target could not be sampled
 * @param targetDeath how the target ended, or null when it outlived the run
 * @param gcPauses the target's GC pause distribution over the run
 * @param quality what reading the samples skipped and whether the live set was measured
 * @param stoppedEarlyAtMs when {@code --stop-early} ended the run because a resource was shown to
 *     grow above its limit, ms since the epoch; null when the run went its planned course
 */
public record RunVerdict(
    Outcome outcome,
    String reason,
    RunInfo run,
    List<ResourceVerdict> resources,
    List<SamplingGap> gaps,
    TargetDeath targetDeath,
    GcPauseSummary gcPauses,
    EvidenceQuality quality,
    Long stoppedEarlyAtMs) {
  public RunVerdict {
    resources = List.copyOf(resources);
    gaps = List.copyOf(gaps);
    quality = quality == null ? EvidenceQuality.UNKNOWN : quality;
  }

  /** A verdict with nothing known about the evidence's quality. */
  public RunVerdict(
      Outcome outcome,
      String reason,
      RunInfo run,
      List<ResourceVerdict> resources,
      List<SamplingGap> gaps,
      TargetDeath targetDeath,
      GcPauseSummary gcPauses) {
    this(outcome, reason, run, resources, gaps, targetDeath, gcPauses, EvidenceQuality.UNKNOWN);
  }

  /** A verdict of a run that was not stopped early. */
  public RunVerdict(
      Outcome outcome,
      String reason,
      RunInfo run,
      List<ResourceVerdict> resources,
      List<SamplingGap> gaps,
      TargetDeath targetDeath,
      GcPauseSummary gcPauses,
      EvidenceQuality quality) {
    this(outcome, reason, run, resources, gaps, targetDeath, gcPauses, quality, null);
  }
}
