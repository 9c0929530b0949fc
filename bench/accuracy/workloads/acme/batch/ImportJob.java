package acme.batch;

import corpus.Harness;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A heap leak in bursts: imports arrive at random (30-90 s apart, seeded) and each keeps 1-4 MiB of
 * parsed rows in a static list of failed rows that is never drained. Arguments: seed.
 */
public final class ImportJob {
  record FailedRow(int line, byte[] raw) {}

  /** Bytes one row costs: byte[512] (528) + FailedRow (24) + a list slot (4). */
  static final long ROW_BYTES = 528 + 24 + 4;

  static final List<FailedRow> FAILED_ROWS = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("ImportJob", args);
    Random random = harness.random();
    harness.note("bursts of 1-4 MiB every 30-90 s, mean 150 MiB/h");
    harness.retained(() -> size() * ROW_BYTES);
    long[] nextBurstMs = {30_000 + random.nextInt(60_000)};
    harness.every(
        Harness.TICK_MS,
        () -> {
          if (harness.elapsedMs() < nextBurstMs[0]) {
            return;
          }
          long rows = (1 + random.nextInt(4)) * 1024L * 1024 / ROW_BYTES;
          for (int i = 0; i < rows; i++) {
            keepFailed(i);
          }
          nextBurstMs[0] += 30_000 + random.nextInt(60_000);
        });
    harness.serve();
  }

  static synchronized long size() {
    return FAILED_ROWS.size();
  }

  static synchronized void keepFailed(int line) {
    FAILED_ROWS.add(new FailedRow(line, new byte[512])); // LEAK-SITE
  }
}
