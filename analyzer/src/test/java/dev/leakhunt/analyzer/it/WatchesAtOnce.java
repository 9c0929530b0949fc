package dev.leakhunt.analyzer.it;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A class's watches started together when the class starts, each on a thread of its own, for its
 * tests to assert on one by one. For light watches (a test program and the analyzer watching it
 * take a few CPU-seconds with C1) that mostly wait out their minute: side by side they take one of
 * the module's four IT threads for one watch's time, where each test would hold a thread of its own
 * for as long. So the class's {@code @BeforeAll} starts them and {@link #awaitAll() awaits} them
 * all, and its tests, quick by then, assert on one run each.
 */
final class WatchesAtOnce<R> implements AutoCloseable {
  /** Longer than any watch's own time-out, so a hung watch still ends its test. */
  private static final long AWAIT_MINUTES = 8;

  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          work -> {
            Thread thread = new Thread(work, "watch");
            thread.setDaemon(true);
            return thread;
          });
  private final Map<String, Future<R>> runs = new ConcurrentHashMap<>();

  /** Starts the watch called {@code name}; {@link #await} gives what it returned. */
  void start(String name, Callable<R> watch) {
    runs.put(name, threads.submit(watch));
  }

  /** Waits until every watch started has ended, whatever each returned or threw. */
  void awaitAll() throws InterruptedException {
    for (Future<R> run : runs.values()) {
      try {
        run.get(AWAIT_MINUTES, TimeUnit.MINUTES);
      } catch (ExecutionException | TimeoutException e) {
        // Its test reports it, through await.
      }
    }
  }

  /** What the watch returned once it ended; what it threw, thrown here. */
  R await(String name) throws Exception {
    Future<R> run = runs.get(name);
    if (run == null) {
      throw new IllegalArgumentException("no watch called " + name + " was started");
    }
    try {
      return run.get(AWAIT_MINUTES, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
