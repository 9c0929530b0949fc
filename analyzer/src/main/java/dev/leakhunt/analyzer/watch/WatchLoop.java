package dev.leakhunt.analyzer.watch;

import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.diagnosis.model.DiagnosisEvidence;
import dev.leakhunt.analyzer.report.TargetsHtmlWriter;
import dev.leakhunt.analyzer.report.TargetsJunitWriter;
import dev.leakhunt.analyzer.run.EvidenceWriteException;
import dev.leakhunt.analyzer.run.RunFolder;
import dev.leakhunt.analyzer.run.RunReports;
import dev.leakhunt.analyzer.run.UsageException;
import dev.leakhunt.analyzer.run.VerdictLine;
import dev.leakhunt.analyzer.sampler.ConnectionFailedException;
import dev.leakhunt.analyzer.sampler.diagnosis.DiagnosisOptions;
import dev.leakhunt.analyzer.targets.CombinedVerdict;
import dev.leakhunt.analyzer.targets.CombinedVerdictJson;
import dev.leakhunt.analyzer.targets.TargetVerdict;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.analyzer.verdict.RunVerdictJson;
import dev.leakhunt.analyzer.verdict.VerdictDiagnosis;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.RunFiles;
import dev.leakhunt.contract.run.RunInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One {@code watch}: connects to every target, streams samples until the window ends, survives lost
 * connections, notices a dead target, then judges and writes the reports. Every sample is on disk
 * before the next is taken, so a killed analyzer leaves evidence {@code report DIR} can judge.
 *
 * <p>With several targets each is sampled on its own thread ({@link TargetWatch}) on one schedule
 * (the same start, interval, probe period and window) into its own complete run folder {@code
 * targets/NAME/}; a target that dies is judged as dead while the others go on to the end. The
 * failing targets are then diagnosed one after the other within one shared budget, and the watch's
 * folder gets the combined {@code verdict.json}, {@code junit.xml} and {@code report.html}.
 */
public final class WatchLoop {
  /**
   * A probed live set this close to the max heap means the target is out of memory: measured here,
   * a 256 MiB G1 heap filled with 64 KiB arrays threw OutOfMemoryError holding 234 MiB (91 %) live
   * after a full GC, so a limit near 100 % would never fire.
   */
  static final double OUT_OF_MEMORY_SHARE = 0.90;

  /** A target folder's path to the command's log at the top of the watch's folder. */
  static final String SHARED_COMMAND_LOG = "../../" + RunFiles.COMMAND_LOG;

  private final WatchSettings settings;
  private final DiagnosisOptions diagnosisOptions;
  private final StopSignal stop = new StopSignal();

  public WatchLoop(WatchSettings settings, DiagnosisOptions diagnosisOptions) {
    this.settings = settings;
    this.diagnosisOptions = diagnosisOptions;
  }

  /** The evidence folder of {@code target}: the watch's own with one target. */
  private Path folderOf(WatchTarget target) {
    return settings.severalTargets()
        ? settings.out().resolve(RunFiles.TARGETS_SUBDIR).resolve(target.name())
        : settings.out();
  }

  /** Runs the watch and returns the exit code of its verdict. */
  public int run() throws Exception {
    Path out = settings.out();
    RunFolder.requireFresh(out);
    boolean outCreated = !Files.exists(out);
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UsageException("--out " + out + " cannot be created: " + e.getMessage());
    }
    List<TargetWatch> watches = new ArrayList<>();
    for (WatchTarget target : settings.targets()) {
      watches.add(
          new TargetWatch(settings.forTarget(target, folderOf(target)), stop, diagnosisOptions));
    }
    int exitCode = Outcome.ERROR_EXIT_CODE;
    try {
      try {
        connect(watches);
      } catch (ConnectionFailedException | RuntimeException e) {
        watches.forEach(TargetWatch::abandon);
        if (outCreated) {
          removeUnusedOut(out);
        }
        throw e;
      }
      long startMs = sample(watches);
      exitCode = settings.severalTargets() ? judgeAll(watches, startMs) : judgeOne(watches.get(0));
      return exitCode;
    } finally {
      watches.forEach(watch -> RunEndDiagnosis.close(watch.diagnosis()));
      stop.finish(exitCode);
    }
  }

  /**
   * Connects to every target, side by side when there are several (each connection may take up to a
   * minute on a loaded machine).
   *
   * @throws ConnectionFailedException for the first target, in the order given, that cannot be
   *     reached; with several targets its message starts with the target's name
   */
  private void connect(List<TargetWatch> watches) throws ConnectionFailedException {
    if (watches.size() == 1) {
      watches.get(0).connect();
      return;
    }
    ExecutorService connecting = Executors.newFixedThreadPool(watches.size());
    try {
      List<Future<Void>> connections = new ArrayList<>();
      for (TargetWatch watch : watches) {
        connections.add(
            connecting.submit(
                () -> {
                  watch.connect();
                  return null;
                }));
      }
      for (int i = 0; i < watches.size(); i++) {
        try {
          connections.get(i).get();
        } catch (ExecutionException e) {
          String name = watches.get(i).settings().targetLabel();
          if (e.getCause() instanceof ConnectionFailedException failed) {
            throw new ConnectionFailedException(
                "target " + name + ": " + failed.getMessage(), failed.refused(), failed);
          }
          if (e.getCause() instanceof RuntimeException failed) {
            throw failed;
          }
          throw new IllegalStateException("target " + name + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ConnectionFailedException("interrupted while connecting", false, e);
        }
      }
    } finally {
      connecting.shutdownNow();
    }
  }

  /**
   * Samples every target until the window ends (each target's own end for one that dies), then
   * stops the command and closes every target's evidence files.
   *
   * @return when sampling started, ms since the epoch
   */
  private long sample(List<TargetWatch> watches) throws IOException {
    long startMs = System.currentTimeMillis();
    long windowEndMs =
        settings.duration() == null ? Long.MAX_VALUE : startMs + settings.duration().toMillis();
    String commandLog = settings.severalTargets() ? SHARED_COMMAND_LOG : RunFiles.COMMAND_LOG;
    List<TargetWatch> begun = new ArrayList<>();
    ChildCommand child = null;
    try {
      for (TargetWatch watch : watches) {
        watch.begin(startMs, windowEndMs, commandLog);
        begun.add(watch);
      }
      stop.install();
      if (!settings.command().isEmpty()) {
        child =
            ChildCommand.start(settings.command(), settings.out().resolve(RunFiles.COMMAND_LOG));
      }
      sampleSideBySide(watches, startMs, windowEndMs, child);
    } finally {
      Integer commandExitCode = null;
      if (child != null) {
        commandExitCode = child.exited() ? child.exitCode() : child.stop();
      }
      IOException closing = null;
      for (TargetWatch watch : begun) {
        try {
          watch.finishSampling(commandExitCode);
        } catch (IOException e) {
          closing = closing != null ? closing : e;
        }
      }
      if (closing != null) {
        throw closing;
      }
    }
    return startMs;
  }

  /** One target on this thread; several each on its own, all waited for. */
  private void sampleSideBySide(
      List<TargetWatch> watches, long startMs, long windowEndMs, ChildCommand child) {
    if (watches.size() == 1) {
      watches.get(0).sampleUntilEnd(startMs, windowEndMs, child);
      return;
    }
    List<Thread> threads = new ArrayList<>();
    for (TargetWatch watch : watches) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  watch.sampleUntilEnd(startMs, windowEndMs, child);
                } catch (RuntimeException | Error e) {
                  // One target's unexpected failure must not end the others' sampling.
                  watch.failed(
                      "sampling stopped by an internal error: "
                          + e.getClass().getSimpleName()
                          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                }
              },
              "leakhunt-target-" + watch.settings().targetLabel());
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    // Each loop ends by the window's deadline, the command's exit, a signal or its target's end.
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The verdict of a watch of one target, written in its folder as it always was. */
  private int judgeOne(TargetWatch watch) throws IOException {
    Path out = watch.settings().out();
    // What leaks and where: the last snapshots and the JFR recording, before judging, while
    // the target still runs; the heap dump (opt-in) once the verdict says it leaks. Nothing is
    // asked of a target that stopped answering: it would only wait for its deadlines.
    DiagnosisEvidence evidence =
        RunEndDiagnosis.evidence(watch.diagnosis(), out, watch.answering(), stop.stopRequested());
    RunReports.Written written =
        new RunReports()
            .write(
                out,
                settings.thresholds(),
                watch.endMs(),
                judged ->
                    watch
                        .diagnosis()
                        .diagnose(
                            evidence,
                            VerdictDiagnosis.failingResources(judged),
                            judged.outcome() == Outcome.FAIL && watch.answering(),
                            out));
    RunVerdict verdict = written.verdict();
    VerdictLine.print(verdict, out);
    String failure = watch.failure() != null ? watch.failure() : written.failure();
    if (failure != null) {
      System.err.println("analyzer: " + failure);
      // A FAIL found in what was recorded stands; anything else is a run not done.
      return verdict.outcome() == Outcome.FAIL
          ? verdict.outcome().exitCode()
          : Outcome.ERROR_EXIT_CODE;
    }
    return verdict.outcome().exitCode();
  }

  /**
   * The verdicts of a watch of several targets: each target's in its own folder (the failing ones
   * diagnosed one after the other, sharing the end-of-run budget), then the combined files.
   */
  private int judgeAll(List<TargetWatch> watches, long startMs) throws IOException {
    boolean stopping = stop.stopRequested();
    // Judged once first, so that the failing targets share the diagnosis budget between them.
    List<Boolean> failing = new ArrayList<>();
    for (TargetWatch watch : watches) {
      failing.add(judgedFail(watch));
    }
    long budgetLeftMs = RunEndDiagnosis.budgetMs(stopping);
    int failingLeft = (int) failing.stream().filter(f -> f).count();
    List<TargetVerdict> lines = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    RunInfo firstRun = null;
    long endMs = startMs;
    RunVerdictJson json = new RunVerdictJson();
    for (int i = 0; i < watches.size(); i++) {
      TargetWatch watch = watches.get(i);
      Path dir = watch.settings().out();
      String name = watch.settings().targetLabel();
      boolean diagnosed = failing.get(i);
      long shareMs = diagnosed ? Math.max(0, budgetLeftMs) / Math.max(1, failingLeft) : 0;
      long diagnosisStartMs = System.currentTimeMillis();
      RunReports.Written written =
          new RunReports()
              .write(
                  dir,
                  settings.thresholds(),
                  watch.endMs(),
                  judged -> diagnosis(watch, dir, judged, diagnosed, shareMs));
      if (diagnosed) {
        budgetLeftMs -= System.currentTimeMillis() - diagnosisStartMs;
        failingLeft--;
      }
      RunVerdict verdict = written.verdict();
      Diagnosis diagnosis = null;
      if (written.failure() == null) {
        diagnosis = json.readDiagnosis(dir.resolve(RunFiles.VERDICT_JSON));
      }
      lines.add(TargetVerdict.of(name, RunFiles.TARGETS_SUBDIR + "/" + name, verdict, diagnosis));
      String failure = watch.failure() != null ? watch.failure() : written.failure();
      if (failure != null) {
        failures.add(name + ": " + failure);
      }
      if (firstRun == null) {
        firstRun = verdict.run();
      }
      endMs = Math.max(endMs, watch.endMs());
    }
    CombinedVerdict combined = CombinedVerdict.of(lines, startMs, endMs);
    CombinedVerdict rendered = writeCombined(combined, firstRun, failures);
    System.out.println("VERDICT " + rendered.outcome() + ": " + rendered.reason());
    System.out.println("REPORT " + settings.out().resolve(RunFiles.REPORT_HTML));
    System.out.flush();
    if (!failures.isEmpty()) {
      failures.forEach(failure -> System.err.println("analyzer: " + failure));
      return rendered.outcome() == Outcome.FAIL ? Outcome.FAIL.exitCode() : Outcome.ERROR_EXIT_CODE;
    }
    return rendered.outcome().exitCode();
  }

  /** Whether the target's samples judge FAIL; a run that cannot be judged here is not diagnosed. */
  private boolean judgedFail(TargetWatch watch) {
    try {
      return new RunReports()
              .judge(watch.settings().out(), settings.thresholds(), watch.endMs())
              .verdict()
              .outcome()
          == Outcome.FAIL;
    } catch (IOException | RuntimeException e) {
      return false; // Writing its reports says what is wrong.
    }
  }

  /**
   * A target's diagnosis: the end-of-run evidence within its share of the budget when it fails; a
   * note, and its JFR recording discarded unsaved, when it does not.
   */
  private static Diagnosis diagnosis(
      TargetWatch watch, Path dir, RunVerdict judged, boolean diagnosed, long shareMs) {
    boolean fails = judged.outcome() == Outcome.FAIL;
    DiagnosisEvidence evidence;
    if (fails && diagnosed) {
      evidence = RunEndDiagnosis.evidence(watch.diagnosis(), dir, watch.answering(), shareMs);
    } else {
      if (watch.answering()) {
        RunEndDiagnosis.discard(watch.diagnosis());
      }
      evidence =
          RunEndDiagnosis.noteOnly(
              "no end-of-run diagnosis: this target did not fail (a watch of several targets"
                  + " diagnoses its failing targets only)");
    }
    return watch
        .diagnosis()
        .diagnose(
            evidence,
            VerdictDiagnosis.failingResources(judged),
            fails && diagnosed && watch.answering(),
            dir);
  }

  /**
   * Writes the combined {@code verdict.json}, then {@code junit.xml} and {@code report.html}
   * rendered from it as read back.
   *
   * @return the combined verdict as read back (as judged when it could not be written)
   */
  private CombinedVerdict writeCombined(
      CombinedVerdict combined, RunInfo run, List<String> failures) {
    Path out = settings.out();
    CombinedVerdictJson json = new CombinedVerdictJson();
    CombinedVerdict rendered = combined;
    try {
      RunReports.writeAtomically(
          out.resolve(RunFiles.VERDICT_JSON),
          file -> json.write(combined, run, RunFiles.COMMAND_LOG, file));
      rendered = json.read(out.resolve(RunFiles.VERDICT_JSON));
    } catch (EvidenceWriteException | IOException e) {
      failures.add(e.getMessage());
    }
    CombinedVerdict page = rendered;
    try {
      RunReports.writeAtomically(
          out.resolve(RunFiles.REPORT_HTML), file -> new TargetsHtmlWriter().write(page, file));
    } catch (EvidenceWriteException e) {
      failures.add(e.getMessage());
    }
    try {
      RunReports.writeAtomically(
          out.resolve(RunFiles.JUNIT_XML), file -> new TargetsJunitWriter().write(page, file));
    } catch (EvidenceWriteException e) {
      failures.add(e.getMessage());
    }
    return rendered;
  }

  /**
   * A watch that never connected leaves no folder behind: only the header of {@code samples.csv}
   * was written. A folder holding anything else is left alone.
   */
  private static void removeUnusedOut(Path out) {
    try {
      Path samples = out.resolve(RunFiles.SAMPLES_CSV);
      if (Files.isRegularFile(samples)
          && Files.readAllLines(samples).size() <= 1
          && Files.size(samples) < 64) {
        Files.delete(samples);
      }
      try (var entries = Files.list(out)) {
        if (entries.findAny().isEmpty()) {
          Files.delete(out);
        }
      }
    } catch (IOException e) {
      // Best effort: the connection error is what the user must see.
    }
  }

  /**
   * Only a forced full GC measures the live set: after a young collection the heap may be nearly
   * full of old garbage in a perfectly healthy service.
   */
  static boolean outOfMemory(double probedLiveBytes, double maxHeapBytes) {
    return maxHeapBytes > 0 && probedLiveBytes >= OUT_OF_MEMORY_SHARE * maxHeapBytes;
  }
}
