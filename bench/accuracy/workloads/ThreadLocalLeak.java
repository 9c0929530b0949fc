import corpus.Harness;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A ThreadLocal in a pool: each request appends an audit entry to its worker's thread-local trail,
 * which is never cleared because the pool threads live forever. Arguments: seed, rate MiB/h.
 */
public final class ThreadLocalLeak {
  record AuditEntry(long request, byte[] snapshot) {}

  /** Bytes one entry costs: byte[1024] (1,040) + AuditEntry (24) + a list slot (4). */
  static final long ENTRY_BYTES = 1040 + 24 + 4;

  static final ThreadLocal<List<AuditEntry>> TRAIL = ThreadLocal.withInitial(ArrayList::new);
  static final AtomicLong AUDITED = new AtomicLong();
  static final ExecutorService WORKERS = Executors.newFixedThreadPool(4);

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("ThreadLocalLeak", args);
    double mibPerHour = harness.arg(1, 60);
    double perHour = mibPerHour * 1024 * 1024 / ENTRY_BYTES;
    harness.note("nominal " + mibPerHour + " MiB/h over 4 pool threads");
    harness.retained(() -> AUDITED.get() * ENTRY_BYTES);
    long[] submitted = {0};
    harness.every(
        Harness.TICK_MS,
        () -> {
          long due = harness.due(perHour, 0, submitted[0]);
          for (long i = 0; i < due; i++) {
            long request = ++submitted[0];
            WORKERS.execute(() -> audit(request));
          }
        });
    harness.serve();
  }

  static void audit(long request) {
    TRAIL.get().add(new AuditEntry(request, new byte[1024])); // LEAK-SITE
    AUDITED.incrementAndGet();
  }
}
