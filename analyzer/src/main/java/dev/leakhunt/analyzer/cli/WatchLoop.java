package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.diagnosis.DiagnosisEvidence;
import dev.leakhunt.analyzer.sampler.ConnectionFailedException;
import dev.leakhunt.analyzer.sampler.TargetDescription;
import dev.leakhunt.analyzer.sampler.TargetSession;
import dev.leakhunt.analyzer.sampler.diagnosis.DiagnosisOptions;
import dev.leakhunt.analyzer.sampler.diagnosis.DiagnosisSession;
import dev.leakhunt.analyzer.series.GcPauseLogWriter;
import dev.leakhunt.analyzer.series.SamplesCsvWriter;
import dev.leakhunt.analyzer.verdict.Figures;
import dev.leakhunt.analyzer.verdict.Outcome;
import dev.leakhunt.analyzer.verdict.ResourceJudge;
import dev.leakhunt.analyzer.verdict.RunInfo;
import dev.leakhunt.analyzer.verdict.RunJudge;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.analyzer.verdict.RunVerdictJson;
import dev.leakhunt.analyzer.verdict.VerdictDiagnosis;
import java.io.IOException;
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
                + DurationConverter.format(window)
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
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UsageException("--out " + out + " cannot be created: " + e.getMessage());
    }
    int exitCode = AnalyzerMain.USAGE_OR_CONNECTION_ERROR;
    try {
      Long endMs = sample(out);
      // What leaks and where: the last snapshots and the JFR recording, before judging, while
      // the target still runs; the heap dump (opt-in) once the verdict says it leaks.
      DiagnosisEvidence evidence = diagnosis.atRunEnd(out);
      RunVerdict verdict =
          new RunReports()
              .write(
                  out,
                  settings.thresholds(),
                  endMs,
                  judged ->
                      diagnosis.diagnose(
                          evidence,
                          VerdictDiagnosis.failingResources(judged),
                          judged.outcome() == Outcome.FAIL,
                          out));
      VerdictLine.print(verdict, out);
      exitCode = verdict.outcome().exitCode();
      return exitCode;
    } finally {
      diagnosis.close();
      stop.finish(exitCode);
    }
  }

  /** Samples until the window ends; returns the end time. */
  private Long sample(Path out) throws IOException, ConnectionFailedException {
    Recorder pausesNanos = new Recorder(3);
    try (SamplesCsvWriter csv = new SamplesCsvWriter(out.resolve(RunReports.SAMPLES))) {
      EarlyStop earlyStop = new EarlyStop(csv, settings);
      LiveHeapTracker sink = new LiveHeapTracker(earlyStop);
      TargetSession session =
          TargetSession.open(settings.target(), settings.mbeans(), sink, pausesNanos);
      long startMs = System.currentTimeMillis();
      TargetDescription target = session.describe(TargetHost.of(settings.target()));
      RunInfo info = runInfo(startMs, target);
      earlyStop.windowStartsAt(info.windowStartMs());
      new RunVerdictJson().writeRunInfo(info, out.resolve(RunReports.RUN_INFO));
      announce(target);
      diagnosis.atRunStart();
      stop.install();
      TargetLink link = new TargetLink(settings, sink, pausesNanos, stop, session);
      ChildCommand child = null;
      try (GcPauseLogWriter pauses =
          new GcPauseLogWriter(out.resolve(RunReports.GC_PAUSES), pausesNanos, startMs)) {
        if (!settings.command().isEmpty()) {
          child = ChildCommand.start(settings.command(), out.resolve(info.commandLog()));
        }
        loop(startMs, link, sink, pauses, child, earlyStop);
      } finally {
        if (child != null) {
          int code = child.exited() ? child.exitCode() : child.stop();
          sink.accept(System.currentTimeMillis(), RunJudge.COMMAND_EXIT_EVENT, code);
        }
        link.close();
      }
      return System.currentTimeMillis();
    }
  }

  private void loop(
      long startMs,
      TargetLink link,
      LiveHeapTracker sink,
      GcPauseLogWriter pauses,
      ChildCommand child,
      EarlyStop earlyStop) {
    long intervalMs = settings.interval().toMillis();
    long probeMs = settings.liveProbe().toMillis();
    long deadlineMs =
        settings.duration() == null ? Long.MAX_VALUE : startMs + settings.duration().toMillis();
    long nextTickMs = startMs;
    long nextProbeMs = probeMs > 0 ? startMs + probeMs : Long.MAX_VALUE;
    long nextProgressMs = startMs + settings.progress().toMillis();
    while (true) {
      long nowMs = System.currentTimeMillis();
      if (stop.stopRequested() || (child != null && child.exited()) || nowMs >= deadlineMs) {
        return;
      }
      boolean probe = nowMs >= nextProbeMs;
      String death = link.sample(nowMs, probe);
      if (probe) {
        nextProbeMs = nowMs + probeMs;
      }
      pauses.writeInterval();
      if (death == null && outOfMemory(link.lastProbeLiveBytes(), sink.maxHeapBytes())) {
        death = "out-of-memory";
      }
      if (death != null) {
        sink.accept(System.currentTimeMillis(), RunJudge.DEATH_EVENT_PREFIX + death, 1);
        System.err.println(
            "analyzer: target gone ("
                + death.replace('-', ' ')
                + "), last live heap "
                + Figures.amount(sink.lastLiveBytes(), "bytes")
                + " of max "
                + Figures.amount(sink.maxHeapBytes(), "bytes")
                + "; judging what was recorded");
        return;
      }
      if (earlyStop.stopNow(startMs)) {
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
                settings.liveProbe()));
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
        hasCommand ? "command.log" : null,
        TargetHost.local(),
        AnalyzerVersion.current(),
        GitCommit.current());
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
                : "for " + DurationConverter.format(settings.duration()))
            + ", warm-up "
            + DurationConverter.format(settings.warmup())
            + ", evidence in "
            + settings.out());
  }
}
