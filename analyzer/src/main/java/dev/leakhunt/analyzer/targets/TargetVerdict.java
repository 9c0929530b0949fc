package dev.leakhunt.analyzer.targets;

import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.verdict.ResourceVerdict;
import dev.leakhunt.analyzer.verdict.RunJudge;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.contract.run.Outcome;
import java.util.Comparator;
import java.util.List;

/**
 * One target's line in the combined verdict of a watch of several targets: what its own {@code
 * verdict.json} says, in brief, and where its folder is.
 *
 * @param name the target's name
 * @param connection how it was reached, e.g. {@code 127.0.0.1:9010} or {@code pid 42}
 * @param folder its evidence folder relative to the watch's folder, e.g. {@code targets/shop-1}
 * @param outcome its own outcome
 * @param reason its own reason
 * @param failingResources the resources judged FAIL, by id
 * @param suspects the names of its top suspects (at most {@link #MAX_SUSPECTS}), best first
 * @param death one sentence saying how the target died, or null when it outlived the run
 * @param stoppedEarlyAtMs when its {@code --stop-early} ended the run, or null
 * @param resources every judged resource, in its report's order
 */
public record TargetVerdict(
    String name,
    String connection,
    String folder,
    Outcome outcome,
    String reason,
    List<String> failingResources,
    List<String> suspects,
    String death,
    Long stoppedEarlyAtMs,
    List<Resource> resources) {
  /** Whether this target passed while some resource still grows under its limit. */
  public boolean passesWithWarnings() {
    return outcome == Outcome.PASS && resources.stream().anyMatch(r -> r.warning() != null);
  }

  /** How many suspect names the combined verdict keeps per target. */
  public static final int MAX_SUSPECTS = 3;

  public TargetVerdict {
    failingResources = List.copyOf(failingResources);
    suspects = List.copyOf(suspects);
    resources = List.copyOf(resources);
  }

  /**
   * One judged resource of the target.
   *
   * @param resource its id, e.g. {@code heap.live}
   * @param outcome its outcome
   * @param reason its reason
   * @param warning the warning of a PASS that still grows, or null
   */
  public record Resource(String resource, Outcome outcome, String reason, String warning) {}

  /**
   * The line of a target whose verdict (as read back from its {@code verdict.json}) and diagnosis
   * are known.
   *
   * @param diagnosis its diagnosis, or null when it has none
   */
  public static TargetVerdict of(
      String name, String folder, RunVerdict verdict, Diagnosis diagnosis) {
    List<String> suspects =
        diagnosis == null
            ? List.of()
            : diagnosis.suspects().stream()
                .sorted(Comparator.comparingInt(Suspect::rank))
                .map(Suspect::name)
                .limit(MAX_SUSPECTS)
                .toList();
    return new TargetVerdict(
        name,
        verdict.run().connection(),
        folder,
        verdict.outcome(),
        verdict.reason(),
        verdict.resources().stream()
            .filter(r -> r.outcome() == Outcome.FAIL)
            .map(ResourceVerdict::resource)
            .toList(),
        suspects,
        verdict.targetDeath() == null ? null : RunJudge.deathSentence(verdict.targetDeath()),
        verdict.stoppedEarlyAtMs(),
        verdict.resources().stream()
            .map(r -> new Resource(r.resource(), r.outcome(), r.reason(), r.warning()))
            .toList());
  }

  /** The top suspect's name, or null when none was named. */
  public String topSuspect() {
    return suspects.isEmpty() ? null : suspects.get(0);
  }
}
