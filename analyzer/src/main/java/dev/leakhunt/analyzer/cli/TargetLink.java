package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.sampler.ConnectionFailedException;
import dev.leakhunt.analyzer.sampler.SampleSink;
import dev.leakhunt.analyzer.sampler.TargetSession;
import dev.leakhunt.analyzer.verdict.RunJudge;
import java.io.IOException;
import org.HdrHistogram.Recorder;

/**
 * The watch's hold on the target across lost connections: samples through the current session, and
 * when the connection drops, reconnects with backoff and records the gap, or says the target is
 * gone for good.
 */
final class TargetLink implements AutoCloseable {
  /** Waits between reconnection attempts, ms: about 16 s in all. */
  static final long[] RECONNECT_BACKOFF_MS = {250, 500, 1000, 2000, 4000, 8000};

  /** Refusals in a row that mean nothing listens any more: the target is gone. */
  static final int REFUSALS_MEANING_GONE = 4;

  private final WatchSettings settings;
  private final SampleSink sink;
  private final Recorder pausesNanos;
  private final StopSignal stop;
  private TargetSession session;
  private double lastProbeLiveBytes = Double.NaN;

  TargetLink(
      WatchSettings settings,
      SampleSink sink,
      Recorder pausesNanos,
      StopSignal stop,
      TargetSession session) {
    this.settings = settings;
    this.sink = sink;
    this.pausesNanos = pausesNanos;
    this.stop = stop;
    this.session = session;
  }

  /**
   * Takes one sample (and a live-set probe when asked).
   *
   * @return null while the target lives, else why it is gone: {@code process-exited}, {@code
   *     connection-refused} or {@code connection-lost}
   */
  String sample(long nowMs, boolean probe) {
    if (processGone()) {
      return "process-exited";
    }
    try {
      session.sample(nowMs);
      if (probe) {
        lastProbeLiveBytes = session.probeLiveSet();
      }
      return null;
    } catch (IOException | RuntimeException e) {
      if (!isConnectionLoss(e)) {
        throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
      }
      return reconnect(nowMs);
    }
  }

  /** The live set the latest forced-GC probe measured, bytes, or NaN before the first. */
  double lastProbeLiveBytes() {
    return lastProbeLiveBytes;
  }

  private String reconnect(long lostAtMs) {
    session.close();
    session = null;
    int refusals = 0;
    for (long waitMs : RECONNECT_BACKOFF_MS) {
      if (stop.awaitStop(waitMs)) {
        return null; // Stopping anyway: judge what was recorded.
      }
      if (processGone()) {
        return "process-exited";
      }
      try {
        session = TargetSession.open(settings.target(), settings.mbeans(), sink, pausesNanos);
        long nowMs = System.currentTimeMillis();
        sink.accept(lostAtMs, RunJudge.GAP_EVENT, nowMs - lostAtMs);
        System.err.println(
            "analyzer: reconnected after " + (nowMs - lostAtMs) + " ms without samples");
        return null;
      } catch (ConnectionFailedException e) {
        refusals = e.refused() ? refusals + 1 : 0;
        if (refusals >= REFUSALS_MEANING_GONE) {
          return "connection-refused";
        }
      }
    }
    return "connection-lost";
  }

  private boolean processGone() {
    Long pid = settings.target().pid();
    return pid != null && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }

  /** Platform MXBean proxies wrap the connection's IOException in an unchecked exception. */
  static boolean isConnectionLoss(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    if (session != null) {
      session.close();
    }
  }
}
