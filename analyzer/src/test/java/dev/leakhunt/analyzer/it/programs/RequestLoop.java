package dev.leakhunt.analyzer.it.programs;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A small service for the naming tests: requests run on a pool of two {@code request-#} threads at
 * a fixed rate; each does short-lived work ({@link #churn}: garbage, and a buffer held on its stack
 * across a pause, so JFR samples work in flight) and then the program's leaking step, unless {@code
 * args[1]} is {@code clean}. The churn is what a wrong diagnosis names.
 */
final class RequestLoop {
  static volatile Object sink;

  private RequestLoop() {}

  interface Request {
    void handle(int requestId) throws Exception;
  }

  /**
   * @param args {@code args[0]}: seconds to live; {@code args[1]}: {@code clean} for no leak
   * @param periodMs time between requests
   */
  static void run(String[] args, long periodMs, Request leak) throws Exception {
    boolean clean = args.length > 1 && args[1].equals("clean");
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            2,
            task -> {
              Thread thread = new Thread(task, "request-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    AtomicInteger requests = new AtomicInteger();
    ProgramClock.run(
        args,
        periodMs,
        elapsedMs -> {
          int id = requests.incrementAndGet();
          pool.execute(
              () -> {
                churn();
                if (!clean) {
                  try {
                    leak.handle(id);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }
              });
        });
    pool.shutdownNow();
    pool.awaitTermination(5, TimeUnit.SECONDS);
  }

  /** A request's transient work: 16 KiB of garbage and an 8 KiB buffer in flight for 2 ms. */
  static void churn() {
    for (int i = 0; i < 4; i++) {
      sink = new byte[4096];
    }
    byte[] inFlight = new byte[8192];
    LockSupport.parkNanos(2_000_000);
    sink = inFlight;
  }
}
