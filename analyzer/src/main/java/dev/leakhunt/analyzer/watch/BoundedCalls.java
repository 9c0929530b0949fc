package dev.leakhunt.analyzer.watch;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs calls to the target on daemon threads and waits for each until a deadline or a stop, so a
 * target that stops answering holds a thread, never the watch. A call given up on keeps its thread
 * until the socket-level timeouts ({@code sampler.RmiTimeouts}) end it; its results must be thrown
 * away by the caller.
 */
final class BoundedCalls implements AutoCloseable {
  /** How a wait ended. */
  enum Ending {
    /** The call returned or threw: see {@link Waited#value()} and {@link Waited#failure()}. */
    DONE,
    /** The deadline passed first. */
    TIMED_OUT,
    /** A stop was asked for first. */
    STOPPED
  }

  /**
   * The end of one wait.
   *
   * @param ending how it ended
   * @param value what the call returned, when it returned
   * @param failure what it threw, when it threw
   */
  record Waited<T>(Ending ending, T value, Throwable failure) {
    boolean returned() {
      return ending == Ending.DONE && failure == null;
    }
  }

  /**
   * How long a call already under way may still finish after a stop signal, ms: a slow answer on a
   * loaded machine is still an answer (and tells the watch the target lives), while a frozen target
   * costs the signal no more than this.
   */
  static final long STOP_GRACE_MS = 3_000;

  /** Longest single wait before the stop signal is looked at again, ms. */
  private static final long POLL_MS = 100;

  private static final AtomicInteger THREADS = new AtomicInteger();
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "leakhunt-call-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });
  private final StopSignal stop;

  /**
   * @param stop ends every wait early when a stop is asked for; null for none
   */
  BoundedCalls(StopSignal stop) {
    this.stop = stop;
  }

  /**
   * Runs {@code call} and waits for it until {@code deadlineMs} (wall clock) or a stop.
   *
   * @param deadlineMs when to give up, ms since the epoch
   */
  <T> Waited<T> call(Callable<T> call, long deadlineMs) {
    Future<T> future = threads.submit(call);
    long stopSeenMs = -1;
    while (true) {
      long nowMs = System.currentTimeMillis();
      long leftMs = deadlineMs - nowMs;
      if (stop != null && stop.stopRequested() && stopSeenMs < 0) {
        stopSeenMs = nowMs;
      }
      if (stopSeenMs >= 0 && nowMs - stopSeenMs >= STOP_GRACE_MS && !future.isDone()) {
        future.cancel(true);
        return new Waited<>(Ending.STOPPED, null, null);
      }
      if (stopSeenMs >= 0) {
        leftMs = Math.min(leftMs, stopSeenMs + STOP_GRACE_MS - nowMs);
      }
      if (leftMs <= 0 && !future.isDone()) {
        future.cancel(true);
        return new Waited<>(Ending.TIMED_OUT, null, null);
      }
      try {
        return new Waited<>(
            Ending.DONE,
            future.get(Math.max(1, Math.min(leftMs, POLL_MS)), TimeUnit.MILLISECONDS),
            null);
      } catch (ExecutionException e) {
        return new Waited<>(Ending.DONE, null, e.getCause());
      } catch (TimeoutException e) {
        // Look at the stop signal and the deadline again.
      } catch (CancellationException e) {
        return new Waited<>(Ending.STOPPED, null, null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        future.cancel(true);
        return new Waited<>(Ending.STOPPED, null, null);
      }
    }
  }

  /**
   * Runs {@code action} on a daemon thread and waits at most {@code waitMs} for it: for closing
   * connections, which send a last call a frozen target never answers.
   */
  void runBriefly(Runnable action, long waitMs) {
    Future<?> future = threads.submit(action);
    try {
      future.get(waitMs, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException | CancellationException e) {
      // Left to finish (or fail) on its own daemon thread.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    threads.shutdown();
  }
}
