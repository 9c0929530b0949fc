import corpus.Harness;
import java.util.ArrayList;
import java.util.List;

/**
 * A heap leak at a steady rate: every request's 1 KiB record is appended to a static list and never
 * removed. Arguments: seed, rate in MiB/h (payload and record headers counted).
 */
public final class LinearLeak {
  record Record(int id, byte[] payload) {}

  /** Bytes one retained record costs: byte[1024] (1,040) + Record (24) + a list slot (4). */
  static final long RECORD_BYTES = 1040 + 24 + 4;

  static final List<Record> RETAINED = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("LinearLeak", args);
    double mibPerHour = harness.arg(1, 60);
    double recordsPerHour = mibPerHour * 1024 * 1024 / RECORD_BYTES;
    harness.note("nominal " + mibPerHour + " MiB/h, " + RECORD_BYTES + " bytes per record");
    harness.retained(() -> retainedCount() * RECORD_BYTES);
    harness.every(
        Harness.TICK_MS,
        () -> {
          long due = harness.due(recordsPerHour, 0, retainedCount());
          for (long i = 0; i < due; i++) {
            retain();
          }
        });
    harness.serve();
  }

  static synchronized long retainedCount() {
    return RETAINED.size();
  }

  static synchronized void retain() {
    RETAINED.add(new Record(RETAINED.size(), new byte[1024])); // LEAK-SITE
  }
}
