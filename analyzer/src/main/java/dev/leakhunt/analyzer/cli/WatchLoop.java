package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.diagnosis.DiagnosisEvidence;
import dev.leakhunt.analyzer.sampler.ConnectionFailedException;
import dev.leakhunt.analyzer.sampler.TargetDescription;
import dev.leakhunt.analyzer.sampler.TargetIdentity;
import dev.leakhunt.analyzer.sampler.diagnosis.DiagnosisOptions;
import dev.leakhunt.analyzer.sampler.diagnosis.DiagnosisSession;
import dev.leakhunt.analyzer.series.GcPauseLogWriter;
import dev.leakhunt.analyzer.series.SamplesCsvWriter;
import dev.leakhunt.analyzer.verdict.Figures;
import dev.leakhunt.analyzer.verdict.ResourceJudge;
import dev.leakhunt.analyzer.verdict.RunInfo;
import dev.leakhunt.analyzer.verdict.RunJudge;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.analyzer.verdict.RunVerdictJson;
import dev.leakhunt.analyzer.verdict.VerdictDiagnosis;
import dev.leakhunt.contract.duration.DurationText;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.RunFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.HdrHistogram.Recorder;

/**
 * One {@code watch}: connects, streams samples until the window ends, survives lost connections,
 * notices a dead target, then judges and writes the reports. Every sample is on disk before the
 * next is taken, so a killed analyzer leaves evidence {@code report DIR} can judge.
 */
final class WatchLoop {
  /**
   * A probed live set this close to the max heap means the target is out of memory: measured here,
   * a 256 MiB G1 heap filled with 64 KiB arrays threw OutOfMemoryError holding 234 MiB (91 %) live
   * after a full GC, so a limit near 100 % would never fire.
   */
  static final double OUT_OF_MEMORY_SHARE = 0.90;

  private final WatchSettings settings;
  private final DiagnosisSession diagnosis;
  private final StopSignal stop = new StopSignal();
  private final ProgressLine progressLine = new ProgressLine();
  private boolean warmupEndSeen;

  WatchLoop(WatchSettings settings, DiagnosisOptions diagnosisOptions) {
    this.settings = settings;
    this.diagnosis = diagnosisSession(settings, diagnosisOptions);
  }

  /**
   * The run's diagnosis, unless it could name nothing: suspects are named only for resources that
   * FAIL, and no resource can be judged on a window shorter than the judge's minimum, so a short
   * fixed-duration run is spared JFR's start-up and the histograms' full GCs.
   */
  private static DiagnosisSession diagnosisSession(
      WatchSettings settings, DiagnosisOptions options) {
    if (settings.duration() != null) {
      Duration window = settings.duration().minus(settings.warmup());
      if (window.getSeconds() < ResourceJudge.MIN_SPAN_SECONDS) {
        return DiagnosisSession.skipped(
            settings.target(),
            "no diagnosis: the judged window ("
                + DurationText.format(window)
                + ") is shorter than the "
                + ResourceJudge.MIN_SPAN_SECONDS
                + " s any resource needs to be judged, so no suspect could be named");
      }
    }
    return new DiagnosisSession(settings.target(), options);
  }

  /**
   * When the warm-up-end diagnosis starts, ms after the run's start: up to 5 s before warm-up ends
   * (never before its middle), so that the histogram's full GC and JFR's start pause the target
   * inside the warm-up rather than in the first points of the judged window.
   */
  private long diagnosisLeadMs() {
    long warmupMs = settings.warmup().toMillis();
    return warmupMs - Math.min(DIAGNOSIS_LEAD_MS, warmupMs / 2);
  }

  /** How long before warm-up ends the first diagnosis snapshots are taken, ms. */
  static final long DIAGNOSIS_LEAD_MS = 5_000;

  /** Runs the watch and returns the exit code of its verdict. */
  int run() throws Exception {
    Path out = settings.out();
    RunFolder.requireFresh(out);
    boolean outCreated = !Files.exists(out);
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UsageException("--out " + out + " cannot be created: " + e.getMessage());
    }
    int exitCode = AnalyzerMain.USAGE_OR_CONNECTION_ERROR;
    try (BoundedCalls calls = new BoundedCalls(stop)) {
      Sampled sampled;
      try {
        sampled = sample(out, calls);
      } catch (ConnectionFailedException e) {
        if (outCreated) {
          removeUnusedOut(out);
        }
        throw e;
      }
      // What leaks and where: the last snapshots and the JFR recording, before judging, while
      // the target still runs; the heap dump (opt-in) once the verdict says it leaks. Nothing is
      // asked of a target that stopped answering: it would only wait for its deadlines.
      DiagnosisEvidence evidence =
          RunEndDiagnosis.evidence(diagnosis, out, sampled.targetAnswering(), stop.stopRequested());
      RunReports.Written written =
          new RunReports()
              .write(
                  out,
                  settings.thresholds(),
                  sampled.endMs(),
                  judged ->
                      diagnosis.diagnose(
                          evidence,
                          VerdictDiagnosis.failingResources(judged),
                          judged.outcome() == Outcome.FAIL && sampled.targetAnswering(),
                          out));
      RunVerdict verdict = written.verdict();
      VerdictLine.print(verdict, out);
      String failure = sampled.failure() != null ? sampled.failure() : written.failure();
      if (failure != null) {
        System.err.println("analyzer: " + failure);
        // A FAIL found in what was recorded stands; anything else is a run not done.
        exitCode =
            verdict.outcome() == Outcome.FAIL
                ? verdict.outcome().exitCode()
                : AnalyzerMain.USAGE_OR_CONNECTION_ERROR;
      } else {
        exitCode = verdict.outcome().exitCode();
      }
      return exitCode;
    } finally {
      RunEndDiagnosis.close(diagnosis);
      stop.finish(exitCode);
    }
  }

  /**
   * A watch that never connected leaves no folder behind: only the header of {@code samples.csv}
   * was written. A folder holding anything else is left alone.
   */
  private static void removeUnusedOut(Path out) {
    try {
      Path samples = out.resolve(RunReports.SAMPLES);
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
   * How sampling ended.
   *
   * @param endMs when it ended, ms since the epoch
   * @param targetAnswering whether the target answered the last call
   * @param failure one line when the analyzer's own output or an unexpected error ended it, else
   *     null
   */
  private record Sampled(long endMs, boolean targetAnswering, String failure) {}

  /** Samples until the window ends. */
  private Sampled sample(Path out, BoundedCalls calls)
      throws IOException, ConnectionFailedException {
    Recorder pausesNanos = new Recorder(3);
    FirstConnection connected = FirstConnection.open(settings, calls, pausesNanos);
    Path samplesFile = out.resolve(RunReports.SAMPLES);
    try (SamplesCsvWriter csv = new SamplesCsvWriter(samplesFile)) {
      EarlyStop earlyStop = new EarlyStop(csv, settings);
      LiveHeapTracker sink = new LiveHeapTracker(earlyStop);
      try {
        connected.firstRows().drainTo(sink);
      } catch (UncheckedIOException e) {
        throw new EvidenceWriteException(samplesFile, e);
      }
      long startMs = System.currentTimeMillis();
      RunInfo info = runInfo(startMs, connected.target());
      earlyStop.windowStartsAt(info.windowStartMs());
      RunReports.writeAtomically(
          out.resolve(RunReports.RUN_INFO), file -> new RunVerdictJson().writeRunInfo(info, file));
      announce(connected.target());
      diagnosis.atRunStart();
      stop.install();
      long windowEndMs =
          settings.duration() == null ? Long.MAX_VALUE : startMs + settings.duration().toMillis();
      TargetLink link =
          new TargetLink(
              settings,
              sink,
              samplesFile,
              pausesNanos,
              stop,
              calls,
              connected.session(),
              new TargetIdentity(connected.target().pid(), connected.target().startTimeMs()),
              windowEndMs);
      ChildCommand child = null;
      String failure = null;
      boolean answering = false;
      try (GcPauseLogWriter pauses =
          new GcPauseLogWriter(out.resolve(RunReports.GC_PAUSES), pausesNanos, startMs)) {
        if (!settings.command().isEmpty()) {
          child = ChildCommand.start(settings.command(), out.resolve(info.commandLog()));
        }
        loop(startMs, windowEndMs, link, sink, pauses, child, earlyStop);
      } catch (EvidenceWriteException | TargetCallException e) {
        failure = e.getMessage();
      } finally {
        if (child != null) {
          int code = child.exited() ? child.exitCode() : child.stop();
          try {
            sink.accept(System.currentTimeMillis(), RunJudge.COMMAND_EXIT_EVENT, code);
          } catch (UncheckedIOException e) {
            failure = failure != null ? failure : EvidenceWriteException.describe(samplesFile, e);
          }
        }
        // Answering at the end, asked now: the target may have frozen since its last sample.
        answering = link.answersWithin(stop.stopRequested() ? 3_000 : 10_000);
        link.close();
      }
      return new Sampled(System.currentTimeMillis(), answering, failure);
    }
  }

  private void loop(
      long startMs,
      long deadlineMs,
      TargetLink link,
      LiveHeapTracker sink,
      GcPauseLogWriter pauses,
      ChildCommand child,
      EarlyStop earlyStop) {
    long intervalMs = settings.interval().toMillis();
    long probeMs = settings.liveProbe().toMillis();
    long nextTickMs = startMs;
    long nextProbeMs = probeMs > 0 ? startMs + probeMs : Long.MAX_VALUE;
    long nextProgressMs = startMs + settings.progress().toMillis();
    while (true) {
      long nowMs = System.currentTimeMillis();
      if (stop.stopRequested() || (child != null && child.exited()) || nowMs >= deadlineMs) {
        return;
      }
      boolean probe = nowMs >= nextProbeMs;
      TargetEnd end = link.sample(nowMs, probe);
      if (probe) {
        nextProbeMs = nowMs + probeMs;
      }
      pauses.writeInterval();
      if (end == null && outOfMemory(link.lastProbeLiveBytes(), sink.maxHeapBytes())) {
        end = new TargetEnd("out-of-memory", System.currentTimeMillis(), 1);
      }
      if (end != null
          && end.cause().equals(TargetEnd.UNRESPONSIVE)
          && outOfMemory(sink.lastLiveBytes(), sink.maxHeapBytes())) {
        // Silent with the heap full after its last collection: a JVM thrashing in full GCs. A
        // post-GC heap alone never means out of memory (it may hold old garbage), with silence
        // it does; measured here, a 256 MiB heap filled at 4 MiB/s left the probe unanswered
        // for 20 s with 236.6 MiB live.
        end = new TargetEnd("out-of-memory", end.atMs(), 1);
      }
      if (end != null) {
        try {
          sink.accept(end.atMs(), RunJudge.DEATH_EVENT_PREFIX + end.cause(), end.value());
        } catch (UncheckedIOException e) {
          throw new EvidenceWriteException(settings.out().resolve(RunReports.SAMPLES), e);
        }
        System.err.println("analyzer: " + endLine(end, sink) + "; judging what was recorded");
        return;
      }
      if (stopsEarly(earlyStop, startMs)) {
        return;
      }
      if (!warmupEndSeen && nowMs >= startMs + diagnosisLeadMs()) {
        warmupEndSeen = true;
        diagnosis.atWarmupEnd();
      }
      if (nowMs >= nextProgressMs) {
        System.err.println(
            progressLine.render(
                nowMs - startMs,
                settings.duration(),
                sink,
                startMs + settings.warmup().toMillis(),
                settings.liveProbe(),
                settings.warmup()));
        // On the period's grid, not a period after this tick: lines stay at 1m, 2m, ... instead
        // of drifting by up to a sampling interval each time.
        while (nextProgressMs <= nowMs) {
          nextProgressMs += settings.progress().toMillis();
        }
      }
      nextTickMs += intervalMs;
      if (nextTickMs < System.currentTimeMillis()) {
        nextTickMs = System.currentTimeMillis() + intervalMs; // Skip ticks missed during a gap.
      }
      stop.awaitStop(Math.min(nextTickMs, deadlineMs) - System.currentTimeMillis());
    }
  }

  /** Whether {@code --stop-early} ends the run now; its event row must reach the disk. */
  private boolean stopsEarly(EarlyStop earlyStop, long startMs) {
    try {
      return earlyStop.stopNow(startMs);
    } catch (UncheckedIOException e) {
      throw new EvidenceWriteException(settings.out().resolve(RunReports.SAMPLES), e);
    }
  }

  private static String endLine(TargetEnd end, LiveHeapTracker sink) {
    String heap =
        "last live heap "
            + Figures.amount(sink.lastLiveBytes(), "bytes")
            + " of max "
            + Figures.amount(sink.maxHeapBytes(), "bytes");
    return switch (end.cause()) {
      case TargetEnd.UNRESPONSIVE ->
          "target stopped responding (no answer for "
              + Figures.duration(Duration.ofMillis((long) end.value()))
              + "), "
              + heap;
      case TargetEnd.REPLACED ->
          "target died and was replaced by another process (pid "
              + (long) end.value()
              + ") on the same address; its first life is judged alone, "
              + heap;
      default -> "target gone (" + end.cause().replace('-', ' ') + "), " + heap;
    };
  }

  /**
   * Only a forced full GC measures the live set: after a young collection the heap may be nearly
   * full of old garbage in a perfectly healthy service.
   */
  static boolean outOfMemory(double probedLiveBytes, double maxHeapBytes) {
    return maxHeapBytes > 0 && probedLiveBytes >= OUT_OF_MEMORY_SHARE * maxHeapBytes;
  }

  private RunInfo runInfo(long startMs, TargetDescription target) {
    boolean hasCommand = !settings.command().isEmpty();
    return new RunInfo(
        startMs,
        null,
        settings.warmup().toMillis(),
        settings.duration() == null ? null : settings.duration().toMillis(),
        settings.interval().toMillis(),
        settings.liveProbe().toMillis(),
        settings.target().describe(),
        target.host(),
        target.pid(),
        target.jvm(),
        target.javaVersion(),
        target.collectorNames(),
        target.maxHeapBytes(),
        hasCommand ? settings.command() : null,
        null,
        hasCommand ? RunFiles.COMMAND_LOG : null,
        TargetHost.local(),
        AnalyzerVersion.current(),
        settings.identity());
  }

  private void announce(TargetDescription target) {
    System.err.println(
        "analyzer: watching "
            + settings.target().describe()
            + " ("
            + target.jvm()
            + ", "
            + String.join(" + ", target.collectorNames())
            + ", max heap "
            + Figures.amount(target.maxHeapBytes(), "bytes")
            + ") "
            + (settings.duration() == null
                ? "while the command runs"
                : "for " + DurationText.format(settings.duration()))
            + ", warm-up "
            + DurationText.format(settings.warmup())
            + ", evidence in "
            + settings.out());
  }
}
