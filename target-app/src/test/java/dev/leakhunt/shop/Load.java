package dev.leakhunt.shop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/** Bounded request loops for tests: a fixed number of calls over a few threads, then stop. */
final class Load {
  private Load() {}

  /**
   * Runs {@code call(i)} for i in 0..count-1 on {@code threads} threads; fails on any exception.
   */
  static void run(int count, int threads, IntConsumer call) throws Exception {
    run(count, threads, call, () -> {});
  }

  /**
   * Like {@link #run(int, int, IntConsumer)}, calling {@code afterSubmit} once all threads are
   * queued.
   */
  static void run(int count, int threads, IntConsumer call, Runnable afterSubmit) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = first; i < count; i += threads) {
                    call.accept(i);
                  }
                }));
      }
      afterSubmit.run();
      for (Future<?> future : futures) {
        future.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
