package dev.leakhunt.analyzer.watch;

import dev.leakhunt.analyzer.run.EvidenceWriteException;
import dev.leakhunt.analyzer.sampler.ConnectionFailedException;
import dev.leakhunt.analyzer.sampler.SampleSink;
import dev.leakhunt.analyzer.sampler.TargetIdentity;
import dev.leakhunt.analyzer.sampler.TargetSession;
import dev.leakhunt.analyzer.verdict.RunJudge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import org.HdrHistogram.Recorder;

/**
 * The watch's hold on the target across lost connections: samples through the current session with
 * a deadline on every call, and when the connection drops, reconnects with backoff and records the
 * gap, or says how the target ended: gone, silent for longer than the set time, or replaced by
 * another process.
 */
final class TargetLink implements AutoCloseable {
  /** Waits between reconnection attempts, ms: about 16 s in all. */
  static final long[] RECONNECT_BACKOFF_MS = {250, 500, 1000, 2000, 4000, 8000};

  /** Refusals in a row that mean nothing listens any more: the target is gone. */
  static final int REFUSALS_MEANING_GONE = 4;

  /** How long closing a connection may hold the watch: a frozen target never answers the close. */
  private static final long CLOSE_WAIT_MS = 500;

  private final WatchSettings settings;
  private final SampleSink sink;
  private final Path samplesFile;
  private final Recorder pausesNanos;
  private final StopSignal stop;
  private final BoundedCalls calls;
  private final TargetIdentity identity;
  private final long windowEndMs;
  private TargetSession session;
  private long silentSinceMs = -1;
  private double lastProbeLiveBytes = Double.NaN;

  /** Whether the target's heap is to be kept from shrinking, from the next sample on. */
  private boolean heapToHold;

  /** Whether the target was asked to keep its heap size; set on a call's thread. */
  private volatile boolean heapHoldAsked;

  /** The target's MaxHeapFreeRatio before the watch raised it, or null when unchanged. */
  private volatile String heapFreeRatioBefore;

  /**
   * @param sink where answered observations go (the evidence file)
   * @param samplesFile the evidence file, for naming it when a write fails
   * @param session the open first session
   * @param identity the process the first session reached
   * @param windowEndMs when the watch ends, ms since the epoch (Long.MAX_VALUE when a command
   *     bounds it): no call is waited for beyond it
   */
  TargetLink(
      WatchSettings settings,
      SampleSink sink,
      Path samplesFile,
      Recorder pausesNanos,
      StopSignal stop,
      BoundedCalls calls,
      TargetSession session,
      TargetIdentity identity,
      long windowEndMs) {
    this.settings = settings;
    this.sink = sink;
    this.samplesFile = samplesFile;
    this.pausesNanos = pausesNanos;
    this.stop = stop;
    this.calls = calls;
    this.session = session;
    this.identity = identity;
    this.windowEndMs = windowEndMs;
  }

  /**
   * Takes one sample (and a live-set probe when asked), waiting for it no longer than the target
   * may stay silent, the window's end or a stop.
   *
   * @return null while the target lives (or the wait ended with the window), else how it ended
   * @throws EvidenceWriteException when the samples cannot be written: the analyzer's failure
   * @throws TargetCallException when the target answered with an error other than a lost connection
   */
  TargetEnd sample(long nowMs, boolean probe) {
    if (processGone()) {
      return new TargetEnd("process-exited", nowMs, 1);
    }
    if (session == null) {
      return reconnect(nowMs);
    }
    TargetSession current = session;
    HeldRows rows = new HeldRows();
    callStarts(nowMs);
    BoundedCalls.Waited<Double> waited =
        calls.call(
            () -> {
              current.sample(nowMs, rows);
              if (heapToHold && !heapHoldAsked) {
                holdHeapSize(current, rows, nowMs);
              }
              return probe ? current.probeLiveSet(rows) : Double.NaN;
            },
            giveUpAtMs());
    if (waited.ending() != BoundedCalls.Ending.DONE) {
      rows.seal();
      abandonSession();
      return silentTooLong() ? unresponsive() : null;
    }
    // A call that broke mid-sample still answered the reads before it: the connection was lost
    // after the latest of them, so no row of the first life is dated after its end.
    long lostAtMs = rows.latestMs(nowMs);
    write(rows);
    if (waited.returned()) {
      answered();
      if (probe && !Double.isNaN(waited.value())) {
        lastProbeLiveBytes = waited.value();
      }
      return null;
    }
    Throwable failure = waited.failure();
    if (!isConnectionLoss(failure)) {
      throw new TargetCallException(failure);
    }
    if (!isTimeout(failure)) {
      answered(); // The connection broke; that is an answer, not silence.
    }
    return reconnect(lostAtMs);
  }

  /**
   * Keeps the target's heap from shrinking after the watch's forced collections, from the next
   * sample on: each full collection (a live-set probe, a class histogram) would shrink the heap to
   * near its live set, and the target would pay for the small young generation until it grows again
   * (see {@link dev.leakhunt.analyzer.sampler.HeapShrinkHold}). Given back at {@link #close()}.
   */
  void keepHeapSize() {
    heapToHold = true;
  }

  /** Asked with the first sample, before any forced collection; again after a failed call. */
  private void holdHeapSize(TargetSession current, HeldRows rows, long nowMs) throws IOException {
    String before = current.holdHeapSize();
    heapHoldAsked = true;
    if (before != null) {
      heapFreeRatioBefore = before;
      rows.accept(nowMs, TargetSession.HEAP_FREE_RATIO_BEFORE, Double.parseDouble(before));
      System.err.println(
          settings.messagePrefix()
              + "keeping the target's heap from shrinking after forced GCs: MaxHeapFreeRatio "
              + before
              + " -> 100 while watched");
    }
  }

  /**
   * Gives the target back its MaxHeapFreeRatio, when the watch raised it and the target still
   * answers; says so when it cannot.
   */
  private void releaseHeapSize() {
    String before = heapFreeRatioBefore;
    TargetSession current = session;
    if (before == null) {
      return;
    }
    boolean released = false;
    if (current != null && answering()) {
      try (BoundedCalls own = new BoundedCalls(null)) {
        BoundedCalls.Waited<Boolean> waited =
            own.call(
                () -> {
                  current.releaseHeapSize(before);
                  return true;
                },
                System.currentTimeMillis() + RELEASE_WAIT_MS);
        released = waited.returned();
      }
    }
    if (!released && !processGone()) {
      System.err.println(
          settings.messagePrefix()
              + "could not give the target back MaxHeapFreeRatio="
              + before
              + "; it keeps 100 (its heap does not shrink) until it restarts or is set with jcmd "
              + "VM.set_flag MaxHeapFreeRatio "
              + before);
    }
    heapFreeRatioBefore = null;
  }

  /** How long giving back the heap setting may hold the end of the watch. */
  private static final long RELEASE_WAIT_MS = 3_000;

  /** The live set the latest forced-GC probe measured, bytes, or NaN before the first. */
  double lastProbeLiveBytes() {
    return lastProbeLiveBytes;
  }

  /**
   * Whether the last call to the target was answered: false after a call given up on, when anything
   * more asked of the target (diagnosis, heap dump) would only wait for its deadline.
   */
  boolean answering() {
    return silentSinceMs < 0;
  }

  /**
   * Whether the target answers one cheap call within {@code budgetMs}: asked before the end-of-run
   * diagnosis, whose calls a target frozen since its last sample would leave hanging.
   */
  boolean answersWithin(long budgetMs) {
    TargetSession current = session;
    if (current == null || !answering()) {
      return false;
    }
    try (BoundedCalls own = new BoundedCalls(null)) {
      BoundedCalls.Waited<Boolean> waited =
          own.call(
              () -> {
                current.ping();
                return true;
              },
              System.currentTimeMillis() + budgetMs);
      return waited.returned();
    }
  }

  private TargetEnd reconnect(long lostAtMs) {
    abandonSession();
    int refusals = 0;
    for (long waitMs : RECONNECT_BACKOFF_MS) {
      if (stop.awaitStop(Math.min(waitMs, windowEndMs - System.currentTimeMillis()))
          || System.currentTimeMillis() >= windowEndMs) {
        return null; // Stopping anyway: judge what was recorded.
      }
      long nowMs = System.currentTimeMillis();
      if (processGone()) {
        return new TargetEnd("process-exited", nowMs, 1);
      }
      if (silentTooLong()) {
        return unresponsive();
      }
      callStarts(nowMs);
      BoundedCalls.Waited<Opened> waited = calls.call(this::open, giveUpAtMs());
      if (waited.ending() != BoundedCalls.Ending.DONE) {
        return silentTooLong() ? unresponsive() : null;
      }
      if (waited.returned()) {
        Opened opened = waited.value();
        if (opened.identity().differsFrom(identity)) {
          calls.runBriefly(opened.session()::close, CLOSE_WAIT_MS);
          return new TargetEnd(TargetEnd.REPLACED, lostAtMs, opened.identity().pid());
        }
        session = opened.session();
        answered();
        long gapMs = System.currentTimeMillis() - lostAtMs;
        writeRow(lostAtMs, RunJudge.GAP_EVENT, gapMs);
        System.err.println(
            settings.messagePrefix() + "reconnected after " + gapMs + " ms without samples");
        return null;
      }
      Throwable failure = waited.failure();
      boolean refused = failure instanceof ConnectionFailedException e && e.refused();
      refusals = refused ? refusals + 1 : 0;
      if (refused || !isTimeout(failure)) {
        answered(); // Refused or reset at once: gone or restarting, not silent.
      }
      if (refusals >= REFUSALS_MEANING_GONE) {
        return new TargetEnd("connection-refused", System.currentTimeMillis(), 1);
      }
    }
    return new TargetEnd("connection-lost", System.currentTimeMillis(), 1);
  }

  private record Opened(TargetSession session, TargetIdentity identity) {}

  private Opened open() throws ConnectionFailedException {
    TargetSession opened =
        TargetSession.open(settings.target(), settings.mbeans(), pausesNanos, false);
    try {
      return new Opened(opened, opened.identity());
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  private void callStarts(long nowMs) {
    if (silentSinceMs < 0) {
      silentSinceMs = nowMs;
    }
  }

  private void answered() {
    silentSinceMs = -1;
  }

  /**
   * Silence counts from the first call left unanswered, not from the last answer: the wait between
   * two ticks is the watch's own, and a slow machine must not spend the target's allowance.
   */
  private long giveUpAtMs() {
    long windowEndAndGraceMs =
        windowEndMs == Long.MAX_VALUE ? Long.MAX_VALUE : windowEndMs + END_GRACE_MS;
    return Math.min(silentSinceMs + settings.unresponsiveAfter().toMillis(), windowEndAndGraceMs);
  }

  /**
   * How long a call under way when the window ends may still finish, ms: on a loaded machine a
   * sample can take seconds, and a call given up on at the very end would make a live target look
   * silent and cost the run its end-of-run diagnosis.
   */
  static final long END_GRACE_MS = 5_000;

  private boolean silentTooLong() {
    return silentSinceMs >= 0
        && System.currentTimeMillis() - silentSinceMs >= settings.unresponsiveAfter().toMillis();
  }

  private TargetEnd unresponsive() {
    return new TargetEnd(
        TargetEnd.UNRESPONSIVE, silentSinceMs, System.currentTimeMillis() - silentSinceMs);
  }

  private void abandonSession() {
    if (session != null) {
      calls.runBriefly(session::close, CLOSE_WAIT_MS);
      session = null;
    }
  }

  private void write(HeldRows rows) {
    try {
      rows.drainTo(sink);
    } catch (UncheckedIOException e) {
      throw new EvidenceWriteException(samplesFile, e);
    }
  }

  private void writeRow(long timestampMs, String resource, double value) {
    try {
      sink.accept(timestampMs, resource, value);
    } catch (UncheckedIOException e) {
      throw new EvidenceWriteException(samplesFile, e);
    }
  }

  private boolean processGone() {
    Long pid = settings.target().pid();
    return pid != null && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }

  /** Platform MXBean proxies wrap the connection's IOException in an unchecked exception. */
  static boolean isConnectionLoss(Throwable failure) {
    if (failure instanceof ConnectionFailedException) {
      return true;
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  /** A socket gave up waiting: the target was silent, its connection may be intact. */
  static boolean isTimeout(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    releaseHeapSize();
    abandonSession();
  }
}
