package dev.leakhunt.contract.verdict;

import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.RunIdentity;
import java.util.List;

/**
 * The combined {@code verdict.json} at the top of a watch of several targets. It keeps the fields a
 * reader of a one-target verdict looks at first ({@code formatVersion}, {@code outcome}, {@code
 * reason}, {@code run}, {@code resources}, {@code stoppedEarlyAtMs}), so scripts and the soak run
 * read it the same way (see {@link VerdictHeadline}); its {@code targets} array is what tells it
 * from a one-target verdict. Same {@link VerdictDocument#FORMAT_VERSION} as the one-target verdict.
 *
 * @param formatVersion the layout's version
 * @param outcome the worst outcome of the targets
 * @param reason names each target that did not pass, with its own reason
 * @param run the schedule and command the targets share
 * @param targets one line per target, in the order they were given
 * @param resources every target's resources, each id prefixed {@code NAME/}
 * @param stoppedEarlyAtMs the earliest early stop of a target, or null
 */
public record CombinedVerdictDocument(
    Integer formatVersion,
    Outcome outcome,
    String reason,
    Run run,
    List<Target> targets,
    List<Resource> resources,
    Long stoppedEarlyAtMs) {

  public CombinedVerdictDocument {
    resources = resources == null ? List.of() : List.copyOf(resources);
  }

  /**
   * The run section of a combined verdict: the one-target section without what differs per target
   * (connection, pid, JVM, heap), plus the number of targets.
   *
   * @param commandLog the command's output file relative to the combined verdict's folder, or null
   */
  public record Run(
      long startMs,
      Long endMs,
      long warmupMs,
      Long plannedDurationMs,
      long intervalMs,
      long liveProbeIntervalMs,
      int targetCount,
      List<String> command,
      Integer commandExitCode,
      String commandLog,
      String analyzerHost,
      String analyzerVersion,
      RunIdentity identity) {}

  /**
   * One target's line: what its own {@code verdict.json} says, in brief, and where its folder is.
   *
   * @param name the target's name
   * @param connection how it was reached, e.g. {@code 127.0.0.1:9010}
   * @param folder its run folder relative to the watch's folder, e.g. {@code targets/shop-1}
   * @param outcome its own outcome
   * @param reason its own reason
   * @param failingResources the resources judged FAIL, by id
   * @param suspects the names of its top suspects, best first
   * @param death one sentence saying how the target died, or null when it outlived the run
   * @param stoppedEarlyAtMs when its early stop ended the run, or null
   */
  public record Target(
      String name,
      String connection,
      String folder,
      Outcome outcome,
      String reason,
      List<String> failingResources,
      List<String> suspects,
      String death,
      Long stoppedEarlyAtMs) {}

  /**
   * One target's resource.
   *
   * @param resource {@code NAME/} and the target's resource id, e.g. {@code shop-1/heap.live}
   * @param target the target's name
   * @param targetResource the resource id within the target, e.g. {@code heap.live}
   * @param outcome its outcome
   * @param reason its reason
   * @param warning the warning of a PASS that still grows, or null
   */
  public record Resource(
      String resource,
      String target,
      String targetResource,
      Outcome outcome,
      String reason,
      String warning) {}
}
