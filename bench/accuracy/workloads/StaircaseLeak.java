import corpus.Harness;
import java.util.ArrayList;
import java.util.List;

/**
 * A heap leak in steps: every step (a nightly-import-like batch) archives STEP MiB of 1 KiB
 * entries in a static list and keeps them. Arguments: seed, step MiB, step period seconds.
 */
public final class StaircaseLeak {
  static final class ArchivedEntry {
    final long id;
    final byte[] body;

    ArchivedEntry(long id, byte[] body) {
      this.id = id;
      this.body = body;
    }
  }

  /** Bytes one entry costs: byte[1024] (1,040) + ArchivedEntry (24) + a list slot (4). */
  static final long ENTRY_BYTES = 1040 + 24 + 4;

  static final List<ArchivedEntry> ARCHIVE = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("StaircaseLeak", args);
    double stepMib = harness.arg(1, 4);
    long periodMs = (long) (harness.arg(2, 120) * 1000);
    long entriesPerStep = (long) (stepMib * 1024 * 1024 / ENTRY_BYTES);
    harness.note("nominal " + stepMib + " MiB every " + periodMs / 1000 + " s");
    harness.retained(() -> size() * ENTRY_BYTES);
    harness.every(
        periodMs,
        () -> {
          for (long i = 0; i < entriesPerStep; i++) {
            archive();
          }
        });
    harness.serve();
  }

  static synchronized long size() {
    return ARCHIVE.size();
  }

  static synchronized void archive() {
    ARCHIVE.add(new ArchivedEntry(ARCHIVE.size(), new byte[1024])); // LEAK-SITE
  }
}
