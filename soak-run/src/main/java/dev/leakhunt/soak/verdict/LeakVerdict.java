package dev.leakhunt.soak.verdict;

import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.verdict.VerdictHeadline;
import dev.leakhunt.contract.verdict.VerdictJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The analyzer's judgement, read from its {@code verdict.json} (the source of truth; its HTML and
 * JUnit XML are renderings of it) through the fields every verdict has, of one target or combined
 * over several ({@link VerdictHeadline}).
 *
 * @param outcome PASS, FAIL or INCONCLUSIVE; ERROR when the analyzer wrote no verdict
 * @param reason the analyzer's one-line reason
 * @param failedResources ids of the resources judged FAIL, e.g. {@code heap.live}
 * @param commandExitCode exit code of the load command (Gatling), or null when unknown
 * @param commandLog the load command's output file, relative to the analyzer folder, or null
 * @param stoppedEarlyAtMs when the analyzer ended the run early on a certain leak ({@code
 *     --stop-early}), ms since the epoch; null when the run went its planned course
 */
public record LeakVerdict(
    String outcome,
    String reason,
    List<String> failedResources,
    Integer commandExitCode,
    String commandLog,
    Long stoppedEarlyAtMs) {

  /** The outcome of an analyzer that wrote no verdict: no {@link Outcome}, exit code 2. */
  public static final String ERROR = "ERROR";

  /** Copies the list. */
  public LeakVerdict {
    failedResources = List.copyOf(failedResources);
  }

  /** A verdict of a run that went its planned course. */
  public LeakVerdict(
      String outcome,
      String reason,
      List<String> failedResources,
      Integer commandExitCode,
      String commandLog) {
    this(outcome, reason, failedResources, commandExitCode, commandLog, null);
  }

  /** Whether the analyzer stopped the run (and its load) early on a certain leak. */
  public boolean stoppedEarly() {
    return stoppedEarlyAtMs != null;
  }

  /** Whether the analyzer wrote a verdict (false after a usage or connection error). */
  public boolean written() {
    return !ERROR.equals(outcome);
  }

  /** The verdict of an analyzer that wrote none (crashed, could not connect). */
  public static LeakVerdict missing(int analyzerExitCode) {
    return new LeakVerdict(
        ERROR,
        "the analyzer wrote no verdict.json (exit code " + analyzerExitCode + "); see its output",
        List.of(),
        null,
        null);
  }

  /**
   * Reads {@code verdict.json}, or returns {@link #missing} when the file does not exist.
   *
   * @throws IOException when the file exists but is not a verdict
   */
  public static LeakVerdict read(Path verdictJson, int analyzerExitCode) throws IOException {
    if (!Files.isRegularFile(verdictJson)) {
      return missing(analyzerExitCode);
    }
    VerdictHeadline verdict = new VerdictJson().readHeadline(verdictJson);
    List<String> failed = new ArrayList<>();
    if (verdict.resources() != null) {
      for (VerdictHeadline.Resource resource : verdict.resources()) {
        if (Outcome.FAIL.name().equals(resource.outcome())) {
          failed.add(resource.resource());
        }
      }
    }
    VerdictHeadline.Run run = verdict.run();
    return new LeakVerdict(
        verdict.outcome() == null ? ERROR : verdict.outcome(),
        verdict.reason() == null ? "" : verdict.reason(),
        failed,
        run == null ? null : run.commandExitCode(),
        run == null ? null : run.commandLog(),
        verdict.stoppedEarlyAtMs());
  }
}
