package dev.leakhunt.analyzer.it;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A class's watches run together, each on a thread of its own, for its tests to assert on one by
 * one. For light watches (a test program and the analyzer watching it take a few CPU-seconds with
 * C1) that mostly wait out their minute: side by side in the class's {@code @BeforeAll} they take
 * one of the module's four IT threads for one watch's time, where each test would hold a thread of
 * its own for as long.
 */
final class WatchesAtOnce<R> {
  /** Longer than any watch's own time-out, so a hung watch still ends the class. */
  private static final long AWAIT_MS = TimeUnit.MINUTES.toMillis(8);

  private final Map<String, Future<R>> runs;

  private WatchesAtOnce(Map<String, Future<R>> runs) {
    this.runs = runs;
  }

  /** Runs every watch at once and returns when all have ended, whatever each returned or threw. */
  static <R> WatchesAtOnce<R> run(Map<String, Callable<R>> watches) throws InterruptedException {
    ExecutorService threads =
        Executors.newCachedThreadPool(
            work -> {
              Thread thread = new Thread(work, "watch");
              thread.setDaemon(true);
              return thread;
            });
    Map<String, Future<R>> runs = new HashMap<>();
    watches.forEach((name, watch) -> runs.put(name, threads.submit(watch)));
    long deadlineMs = System.currentTimeMillis() + AWAIT_MS;
    try {
      for (Future<R> run : runs.values()) {
        try {
          run.get(Math.max(0, deadlineMs - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
          // Its test reports it, through result.
        }
      }
    } finally {
      threads.shutdownNow();
    }
    return new WatchesAtOnce<>(Map.copyOf(runs));
  }

  /** What the watch called {@code name} returned; what it threw, thrown here. */
  R result(String name) throws Exception {
    Future<R> run = runs.get(name);
    if (run == null) {
      throw new IllegalArgumentException("no watch called " + name + " was run");
    }
    if (!run.isDone()) {
      throw new AssertionError(
          "the watch " + name + " had not ended after " + AWAIT_MS / 60_000 + " minutes");
    }
    try {
      return run.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }
}
