package dev.leakhunt.contract.verdict;

import java.util.List;

/**
 * The fields every {@code verdict.json} has, of one target ({@link VerdictDocument}) or combined
 * over several ({@link CombinedVerdictDocument}): what a reader checks before it reads the rest,
 * and all the soak run needs. Outcomes are read as text so a file of another version still reads.
 *
 * @param formatVersion the layout's version, or null in files of format 1
 * @param outcome PASS, FAIL or INCONCLUSIVE, or null when the file has none (not a verdict)
 * @param reason the one-line reason
 * @param run the command the watch ran, if any
 * @param resources each judged resource's id and outcome; null when the file has none
 * @param stoppedEarlyAtMs when the run was stopped early on a certain leak, or null
 * @param targets the targets of a combined verdict; null in a one-target verdict
 */
public record VerdictHeadline(
    Integer formatVersion,
    String outcome,
    String reason,
    Run run,
    List<Resource> resources,
    Long stoppedEarlyAtMs,
    List<CombinedVerdictDocument.Target> targets) {

  /** The format version the file was written with: 1 when it has none. */
  public int formatVersionOrOne() {
    return formatVersion == null ? 1 : formatVersion;
  }

  /** Whether this is the combined verdict of several targets (it has a {@code targets} array). */
  public boolean combined() {
    return targets != null;
  }

  /**
   * The load command's end, from the {@code run} section.
   *
   * @param commandExitCode the command's exit code, or null when none ran or it did not end
   * @param commandLog the command's output file relative to the verdict's folder, or null
   */
  public record Run(Integer commandExitCode, String commandLog) {}

  /** A judged resource's id and outcome. */
  public record Resource(String resource, String outcome) {}
}
