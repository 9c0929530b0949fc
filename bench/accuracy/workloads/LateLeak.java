import corpus.Harness;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A leak that starts after the warm-up: from START seconds on, each retry of a failed payment
 * keeps a 2 KiB payload in a static map that nothing evicts. Arguments: seed, rate MiB/h, start
 * seconds.
 */
public final class LateLeak {
  record PendingRetry(long attempt, byte[] request) {}

  /** Bytes one retry costs: byte[2048] (2,064) + PendingRetry (24) + Long key (16) + node (32). */
  static final long RETRY_BYTES = 2064 + 24 + 16 + 32;

  static final ConcurrentMap<Long, PendingRetry> RETRIES = new ConcurrentHashMap<>();

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("LateLeak", args);
    double mibPerHour = harness.arg(1, 120);
    long startMs = (long) (harness.arg(2, 240) * 1000);
    double perHour = mibPerHour * 1024 * 1024 / RETRY_BYTES;
    harness.note("nominal " + mibPerHour + " MiB/h from " + startMs / 1000 + " s");
    harness.retained(() -> RETRIES.size() * RETRY_BYTES);
    harness.every(
        Harness.TICK_MS,
        () -> {
          long due = harness.due(perHour, startMs, RETRIES.size());
          for (long i = 0; i < due; i++) {
            remember(RETRIES.size());
          }
        });
    harness.serve();
  }

  static void remember(long attempt) {
    RETRIES.put(attempt, new PendingRetry(attempt, new byte[2048])); // LEAK-SITE
  }
}
