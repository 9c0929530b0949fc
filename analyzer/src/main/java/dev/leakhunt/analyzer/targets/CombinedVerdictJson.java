package dev.leakhunt.analyzer.targets;

import dev.leakhunt.contract.run.RunInfo;
import dev.leakhunt.contract.verdict.CombinedVerdictDocument;
import dev.leakhunt.contract.verdict.VerdictDocument;
import dev.leakhunt.contract.verdict.VerdictJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The combined {@code verdict.json} at the top of a watch of several targets. It keeps the fields a
 * reader of a one-target verdict looks at first, so scripts (and the soak run) read it the same
 * way: {@code formatVersion}, {@code outcome}, {@code reason}, {@code run} (schedule, command,
 * command exit code and log, identity), {@code resources} (every target's resources, each id
 * prefixed {@code NAME/}, with {@code target}) and {@code stoppedEarlyAtMs}; and adds {@code
 * targets}: one object per target ({@code name}, {@code connection}, {@code folder}, {@code
 * outcome}, {@code reason}, {@code failingResources}, {@code suspects}, {@code death}, {@code
 * stoppedEarlyAtMs}). A {@code targets} array is what tells it from a one-target verdict. The
 * file's layout is the shared record {@link CombinedVerdictDocument}; this class maps to and from
 * it.
 */
public final class CombinedVerdictJson {
  private final VerdictJson json = new VerdictJson();

  /** Whether a {@code verdict.json} is the combined verdict of several targets. */
  public static boolean isCombined(Path file) throws IOException {
    return new VerdictJson().readHeadline(file).combined();
  }

  /**
   * Writes the combined verdict.
   *
   * @param run the run's metadata (of any target: they share the schedule and the command), whose
   *     target-specific fields are left out
   * @param commandLog the command's output file relative to the combined verdict's folder, or null
   */
  public void write(CombinedVerdict verdict, RunInfo run, String commandLog, Path file)
      throws IOException {
    json.write(toDocument(verdict, run, commandLog), file);
  }

  /** Reads a combined verdict written by {@link #write}. */
  public CombinedVerdict read(Path file) throws IOException {
    return read(json.readCombined(file));
  }

  /**
   * The combined verdict a file's record holds.
   *
   * @throws IOException when the record is not a combined verdict
   */
  public CombinedVerdict read(CombinedVerdictDocument document) throws IOException {
    if (document.targets() == null) {
      throw new IOException("not the combined verdict of several targets (no 'targets' array)");
    }
    List<TargetVerdict> targets = new ArrayList<>();
    for (CombinedVerdictDocument.Target target : document.targets()) {
      List<TargetVerdict.Resource> resources = new ArrayList<>();
      for (CombinedVerdictDocument.Resource line : document.resources()) {
        if (target.name().equals(line.target())) {
          resources.add(
              new TargetVerdict.Resource(
                  line.targetResource(), line.outcome(), orEmpty(line.reason()), line.warning()));
        }
      }
      targets.add(
          new TargetVerdict(
              target.name(),
              target.connection(),
              target.folder(),
              target.outcome(),
              orEmpty(target.reason()),
              orNone(target.failingResources()),
              orNone(target.suspects()),
              target.death(),
              target.stoppedEarlyAtMs(),
              resources));
    }
    CombinedVerdictDocument.Run run = document.run();
    return new CombinedVerdict(
        document.outcome(),
        orEmpty(document.reason()),
        targets,
        run == null ? 0 : run.startMs(),
        run == null ? null : run.endMs(),
        document.stoppedEarlyAtMs());
  }

  private static CombinedVerdictDocument toDocument(
      CombinedVerdict verdict, RunInfo run, String commandLog) {
    List<CombinedVerdictDocument.Target> targets = new ArrayList<>();
    List<CombinedVerdictDocument.Resource> resources = new ArrayList<>();
    for (TargetVerdict target : verdict.targets()) {
      targets.add(
          new CombinedVerdictDocument.Target(
              target.name(),
              target.connection(),
              target.folder(),
              target.outcome(),
              target.reason(),
              target.failingResources(),
              target.suspects(),
              target.death(),
              target.stoppedEarlyAtMs()));
      for (TargetVerdict.Resource resource : target.resources()) {
        resources.add(
            new CombinedVerdictDocument.Resource(
                target.name() + "/" + resource.resource(),
                target.name(),
                resource.resource(),
                resource.outcome(),
                resource.reason(),
                resource.warning()));
      }
    }
    return new CombinedVerdictDocument(
        VerdictDocument.FORMAT_VERSION,
        verdict.outcome(),
        verdict.reason(),
        new CombinedVerdictDocument.Run(
            verdict.startMs(),
            verdict.endMs(),
            run.warmupMs(),
            run.plannedDurationMs(),
            run.intervalMs(),
            run.liveProbeIntervalMs(),
            verdict.targets().size(),
            run.command(),
            run.commandExitCode(),
            run.command() == null ? null : commandLog,
            run.analyzerHost(),
            run.analyzerVersion(),
            run.identity()),
        targets,
        resources,
        verdict.stoppedEarlyAtMs());
  }

  private static List<String> orNone(List<String> values) {
    return values == null ? List.of() : values;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
