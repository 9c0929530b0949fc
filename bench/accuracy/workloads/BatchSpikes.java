import corpus.Harness;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Clean: a report batch every 40-80 s (seeded) holds 100-140 MiB for 4-12 s, then lets it all go.
 * Arguments: seed.
 */
public final class BatchSpikes {
  static final List<byte[]> BATCH = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("BatchSpikes", args);
    Random random = harness.random();
    harness.note("clean: 100-140 MiB held for 4-12 s every 40-80 s");
    harness.retained(() -> size() * (64L * 1024 + 16));
    long[] nextStartMs = {40_000 + random.nextInt(40_000)};
    long[] releaseAtMs = {Long.MAX_VALUE};
    harness.every(
        Harness.TICK_MS,
        () -> {
          long now = harness.elapsedMs();
          if (now >= releaseAtMs[0]) {
            clear();
            releaseAtMs[0] = Long.MAX_VALUE;
            nextStartMs[0] = now + 40_000 + random.nextInt(40_000);
          } else if (now >= nextStartMs[0] && releaseAtMs[0] == Long.MAX_VALUE) {
            int chunks = (100 + random.nextInt(41)) * 16;
            for (int i = 0; i < chunks; i++) {
              hold();
            }
            releaseAtMs[0] = now + 4_000 + random.nextInt(8_000);
          }
        });
    harness.serve();
  }

  static synchronized long size() {
    return BATCH.size();
  }

  static synchronized void hold() {
    BATCH.add(new byte[64 * 1024]);
  }

  static synchronized void clear() {
    BATCH.clear();
  }
}
