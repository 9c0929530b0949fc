import corpus.Harness;
import java.util.ArrayList;
import java.util.List;

/**
 * Clean: a reference-data cache that loads 150 MiB over its first FILL seconds (default 300, i.e.
 * full by the middle of a 10-minute run's judged window) and then stays flat. Arguments: seed,
 * fill seconds.
 */
public final class FillingCache {
  static final long TOTAL_BYTES = 150L * 1024 * 1024;
  static final int ITEM_BYTES = 4096;
  static final List<byte[]> ITEMS = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("FillingCache", args);
    long fillMs = (long) (harness.arg(1, 300) * 1000);
    long items = TOTAL_BYTES / ITEM_BYTES;
    double perHour = items * 3_600_000.0 / fillMs;
    harness.note("clean: fills 150 MiB in " + fillMs / 1000 + " s, then flat");
    harness.retained(() -> size() * (ITEM_BYTES + 16L + 4));
    harness.every(
        Harness.TICK_MS,
        () -> {
          long due = Math.min(harness.due(perHour, 0, size()), items - size());
          for (long i = 0; i < due; i++) {
            load();
          }
        });
    harness.serve();
  }

  static synchronized long size() {
    return ITEMS.size();
  }

  static synchronized void load() {
    ITEMS.add(new byte[ITEM_BYTES]);
  }
}
