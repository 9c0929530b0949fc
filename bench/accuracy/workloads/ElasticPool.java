import corpus.Harness;
import java.util.Random;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Clean: an elastic pool (2 core threads, up to 40, idle ones retire after 15 s) that a seeded
 * burst of 10-35 slow calls every 45-75 s grows, and that shrinks back between bursts. Arguments:
 * seed.
 */
public final class ElasticPool {
  static final ThreadPoolExecutor POOL =
      new ThreadPoolExecutor(
          2, 40, 15, TimeUnit.SECONDS, new SynchronousQueue<>(), new ThreadPoolExecutor.CallerRunsPolicy());

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("ElasticPool", args);
    Random random = harness.random();
    harness.note("clean: pool grows to 12-37 threads in bursts and retires them after 15 s idle");
    harness.retained(() -> POOL.getPoolSize());
    long[] nextBurstMs = {20_000 + random.nextInt(30_000)};
    harness.every(
        Harness.TICK_MS,
        () -> {
          if (harness.elapsedMs() < nextBurstMs[0]) {
            return;
          }
          int calls = 10 + random.nextInt(26);
          for (int i = 0; i < calls; i++) {
            long callMs = 2_000 + random.nextInt(6_000);
            POOL.execute(() -> slowCall(callMs));
          }
          nextBurstMs[0] += 45_000 + random.nextInt(30_000);
        });
    harness.serve();
  }

  static void slowCall(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
