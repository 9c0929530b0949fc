package dev.leakhunt.analyzer.watch;

import dev.leakhunt.analyzer.run.EvidenceWriteException;
import dev.leakhunt.analyzer.run.RunReports;
import dev.leakhunt.analyzer.sampler.ConnectionFailedException;
import dev.leakhunt.analyzer.sampler.TargetDescription;
import dev.leakhunt.analyzer.sampler.TargetIdentity;
import dev.leakhunt.analyzer.sampler.diagnosis.DiagnosisOptions;
import dev.leakhunt.analyzer.sampler.diagnosis.DiagnosisSession;
import dev.leakhunt.analyzer.series.GcPauseLogWriter;
import dev.leakhunt.analyzer.series.SamplesCsvWriter;
import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.analyzer.verdict.ResourceJudge;
import dev.leakhunt.analyzer.verdict.RunJudge;
import dev.leakhunt.analyzer.verdict.RunVerdictJson;
import dev.leakhunt.contract.duration.DurationText;
import dev.leakhunt.contract.run.RunFiles;
import dev.leakhunt.contract.run.RunInfo;
import dev.leakhunt.contract.run.Units;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.HdrHistogram.Recorder;

/**
 * The sampling of one target of a watch: its connection, its evidence files, its diagnosis session
 * and its loop on the watch's schedule. A watch of several targets runs one per target, each on its
 * own thread, all started at the same instant with the same interval, probe period and window; a
 * target that dies ends its own loop only.
 */
final class TargetWatch {
  private final WatchSettings settings;
  private final StopSignal stop;
  private final BoundedCalls calls;
  private final DiagnosisSession diagnosis;
  private final ProgressLine progressLine = new ProgressLine();
  private final Recorder pausesNanos = new Recorder(3);
  private FirstConnection connected;
  private SamplesCsvWriter csv;
  private EarlyStop earlyStop;
  private LiveHeapTracker sink;
  private TargetLink link;
  private GcPauseLogWriter pauses;
  private boolean warmupEndSeen;
  private String failure;
  private boolean answering;
  private long endMs;

  /**
   * @param settings the settings of this one target (its own {@code out})
   */
  TargetWatch(WatchSettings settings, StopSignal stop, DiagnosisOptions diagnosisOptions) {
    this.settings = settings;
    this.stop = stop;
    this.calls = new BoundedCalls(stop);
    this.diagnosis = diagnosisSession(settings, diagnosisOptions);
  }

  WatchSettings settings() {
    return settings;
  }

  DiagnosisSession diagnosis() {
    return diagnosis;
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

  /** Connects, describes the target and samples it once (see {@link FirstConnection}). */
  void connect() throws ConnectionFailedException {
    connected = FirstConnection.open(settings, calls, pausesNanos);
  }

  /** Closes a connection made by {@link #connect()} when the watch does not start after all. */
  void abandon() {
    if (connected != null) {
      calls.runBriefly(connected.session()::close, 1_000);
    }
    calls.close();
  }

  /**
   * Creates the evidence files and the run's metadata, says what is watched, and starts the
   * diagnosis: the samples' clock starts at {@code startMs}, shared by every target of the watch.
   *
   * @param windowEndMs when the window ends, ms since the epoch (Long.MAX_VALUE while a command
   *     bounds it)
   */
  void begin(long startMs, long windowEndMs, String commandLog) throws IOException {
    Path out = settings.out();
    Files.createDirectories(out);
    Path samplesFile = out.resolve(RunFiles.SAMPLES_CSV);
    csv = new SamplesCsvWriter(samplesFile);
    earlyStop = new EarlyStop(csv, settings);
    sink = new LiveHeapTracker(earlyStop);
    try {
      connected.firstRows().drainTo(sink);
    } catch (UncheckedIOException e) {
      throw new EvidenceWriteException(samplesFile, e);
    }
    RunInfo info = runInfo(startMs, connected.target(), commandLog);
    earlyStop.windowStartsAt(info.windowStartMs());
    RunReports.writeAtomically(
        out.resolve(RunFiles.RUN_JSON), file -> new RunVerdictJson().writeRunInfo(info, file));
    announce(connected.target());
    diagnosis.atRunStart();
    link =
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
    if (settings.liveProbe().toMillis() > 0 || diagnosis.forcesCollections()) {
      link.keepHeapSize();
    }
    pauses = new GcPauseLogWriter(out.resolve(RunFiles.GC_PAUSES_HLOG), pausesNanos, startMs);
  }

  /**
   * Samples on the watch's schedule until the window ends, the command exits, a signal, an early
   * stop (which ends the window of every target), or this target's end. A failure of the analyzer's
   * own output ends this target's sampling and is kept as {@link #failure()}.
   */
  void sampleUntilEnd(long startMs, long deadlineMs, ChildCommand child) {
    try {
      loop(startMs, deadlineMs, child);
    } catch (EvidenceWriteException | TargetCallException e) {
      failure = e.getMessage();
    }
  }

  /** Records a failure that ended this target's sampling in an unexpected way. */
  void failed(String why) {
    if (failure == null) {
      failure = why;
    }
  }

  /**
   * Ends sampling: records the command's exit code (when a command ran), asks the target whether it
   * still answers, and closes the connection and the evidence files.
   *
   * @param commandExitCode the command's exit code, or null when none ran
   */
  void finishSampling(Integer commandExitCode) throws IOException {
    Path samplesFile = settings.out().resolve(RunFiles.SAMPLES_CSV);
    try {
      if (commandExitCode != null) {
        try {
          sink.accept(System.currentTimeMillis(), RunJudge.COMMAND_EXIT_EVENT, commandExitCode);
        } catch (UncheckedIOException e) {
          failure = failure != null ? failure : EvidenceWriteException.describe(samplesFile, e);
        }
      }
      // Answering at the end, asked now: the target may have frozen since its last sample.
      answering = link.answersWithin(stop.stopRequested() ? 3_000 : 10_000);
      link.close();
    } finally {
      try {
        pauses.close();
      } finally {
        csv.close();
        calls.close();
      }
    }
    endMs = System.currentTimeMillis();
  }

  /** When sampling ended, ms since the epoch. */
  long endMs() {
    return endMs;
  }

  /** Whether the target answered the last call. */
  boolean answering() {
    return answering;
  }

  /** One line when the analyzer's own output or an unexpected error ended sampling, else null. */
  String failure() {
    return failure;
  }

  private void loop(long startMs, long deadlineMs, ChildCommand child) {
    long intervalMs = settings.interval().toMillis();
    long probeMs = settings.liveProbe().toMillis();
    long nextTickMs = startMs;
    long nextProbeMs = probeMs > 0 ? startMs + probeMs : Long.MAX_VALUE;
    long nextProgressMs = startMs + settings.progress().toMillis();
    while (true) {
      long nowMs = System.currentTimeMillis();
      if (stop.stopRequested()
          || stop.windowEnded()
          || (child != null && child.exited())
          || nowMs >= deadlineMs) {
        return;
      }
      boolean probe = nowMs >= nextProbeMs;
      TargetEnd end = link.sample(nowMs, probe);
      // On the period's grid, as the progress lines: a period after this tick came a sampling
      // interval late whenever this tick ran later than the one a period before (3 s probes at 1 s
      // sampling came 3.75-5.2 s apart 15 times in 39 on a clean-clone run), and buckets as wide as
      // the period went without a live-set measurement.
      while (probe && nextProbeMs <= nowMs) {
        nextProbeMs += probeMs;
      }
      pauses.writeInterval();
      if (end == null && WatchLoop.outOfMemory(link.lastProbeLiveBytes(), sink.maxHeapBytes())) {
        end = new TargetEnd("out-of-memory", System.currentTimeMillis(), 1);
      }
      if (end != null
          && end.cause().equals(TargetEnd.UNRESPONSIVE)
          && WatchLoop.outOfMemory(sink.lastLiveBytes(), sink.maxHeapBytes())) {
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
          throw new EvidenceWriteException(settings.out().resolve(RunFiles.SAMPLES_CSV), e);
        }
        System.err.println(
            settings.messagePrefix() + endLine(end, sink) + "; judging what was recorded");
        return;
      }
      if (stopsEarly(startMs)) {
        // One target's certain leak decides the run: every target's window ends.
        stop.endWindow();
        return;
      }
      if (!warmupEndSeen && nowMs >= startMs + diagnosisLeadMs()) {
        warmupEndSeen = true;
        diagnosis.atWarmupEnd();
      }
      if (nowMs >= nextProgressMs) {
        String line =
            progressLine.render(
                nowMs - startMs,
                settings.duration(),
                sink,
                startMs + settings.warmup().toMillis(),
                settings.liveProbe(),
                settings.warmup());
        System.err.println(settings.messagePrefix() + line.substring("analyzer: ".length()));
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
  private boolean stopsEarly(long startMs) {
    try {
      return earlyStop.stopNow(startMs);
    } catch (UncheckedIOException e) {
      throw new EvidenceWriteException(settings.out().resolve(RunFiles.SAMPLES_CSV), e);
    }
  }

  private static String endLine(TargetEnd end, LiveHeapTracker sink) {
    String heap =
        "last live heap "
            + Figures.amount(sink.lastLiveBytes(), Units.BYTES)
            + " of max "
            + Figures.amount(sink.maxHeapBytes(), Units.BYTES);
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
   * @param commandLog the command's output file relative to this target's folder, or null
   */
  private RunInfo runInfo(long startMs, TargetDescription target, String commandLog) {
    boolean hasCommand = !settings.command().isEmpty();
    return RunInfo.builder()
        .startMs(startMs)
        .warmupMs(settings.warmup().toMillis())
        .plannedDurationMs(settings.duration() == null ? null : settings.duration().toMillis())
        .intervalMs(settings.interval().toMillis())
        .liveProbeIntervalMs(settings.liveProbe().toMillis())
        .connection(settings.target().describe())
        .targetHost(target.host())
        .targetPid(target.pid())
        .targetJvm(target.jvm())
        .targetJavaVersion(target.javaVersion())
        .collectorNames(target.collectorNames())
        .maxHeapBytes(target.maxHeapBytes())
        .command(hasCommand ? settings.command() : null)
        .commandLog(hasCommand ? commandLog : null)
        .analyzerHost(TargetHost.local())
        .analyzerVersion(AnalyzerVersion.current())
        .identity(settings.identity())
        .build();
  }

  private void announce(TargetDescription target) {
    System.err.println(
        settings.messagePrefix()
            + "watching "
            + settings.target().describe()
            + " ("
            + target.jvm()
            + ", "
            + String.join(" + ", target.collectorNames())
            + ", max heap "
            + Figures.amount(target.maxHeapBytes(), Units.BYTES)
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
