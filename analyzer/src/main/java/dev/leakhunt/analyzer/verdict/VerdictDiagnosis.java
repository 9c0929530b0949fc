package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.diagnosis.model.SuspectSummary;
import dev.leakhunt.contract.run.Outcome;
import java.util.Set;
import java.util.stream.Collectors;

/** Joins a run's verdict and its diagnosis: which resources need a culprit, and the reason. */
public final class VerdictDiagnosis {
  private VerdictDiagnosis() {}

  /** The ids of the resources the verdict judged FAIL: only they get suspects. */
  public static Set<String> failingResources(RunVerdict verdict) {
    return verdict.resources().stream()
        .filter(r -> r.outcome() == Outcome.FAIL)
        .map(ResourceVerdict::resource)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The verdict with the top suspects and their growth per hour appended to its reason when it
   * fails and names any; otherwise the verdict unchanged.
   */
  public static RunVerdict withSuspectsInReason(RunVerdict verdict, Diagnosis diagnosis) {
    if (verdict.outcome() != Outcome.FAIL || diagnosis == null || diagnosis.suspects().isEmpty()) {
      return verdict;
    }
    return new RunVerdict(
        verdict.outcome(),
        verdict.reason() + " " + SuspectSummary.sentence(diagnosis.suspects()),
        verdict.run(),
        verdict.resources(),
        verdict.gaps(),
        verdict.targetDeath(),
        verdict.gcPauses(),
        verdict.quality(),
        verdict.stoppedEarlyAtMs());
  }
}
