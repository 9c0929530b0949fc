import corpus.Harness;
import java.util.ArrayList;
import java.util.List;

/**
 * Clean: a cache that grows 1 MiB every 5 s and is cleared every 2 minutes (a sawtooth between 0
 * and 24 MiB). Arguments: seed.
 */
public final class SawtoothCache {
  static final List<byte[]> ENTRIES = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("SawtoothCache", args);
    harness.note("clean: +1 MiB every 5 s, cleared every 120 s");
    harness.retained(() -> size() * (16L * 1024 + 16));
    long[] ticks = {0};
    harness.every(
        5_000,
        () -> {
          if (++ticks[0] % 24 == 0) {
            clear();
          }
          for (int i = 0; i < 64; i++) {
            add();
          }
        });
    harness.serve();
  }

  static synchronized long size() {
    return ENTRIES.size();
  }

  static synchronized void add() {
    ENTRIES.add(new byte[16 * 1024]);
  }

  static synchronized void clear() {
    ENTRIES.clear();
  }
}
