import corpus.Harness;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Clean: a capped LRU cache of product pages (20,000 entries of 1 KiB, about 25 MiB) looked up
 * with seeded random keys from a catalog four times its size. Arguments: seed.
 */
public final class LruCache {
  static final int CAPACITY = 20_000;
  static final Map<Integer, byte[]> PAGES =
      new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, byte[]> eldest) {
          return size() > CAPACITY;
        }
      };

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("LruCache", args);
    Random random = harness.random();
    harness.note("clean: LRU capped at " + CAPACITY + " entries of 1 KiB");
    harness.retained(LruCache::size);
    harness.every(
        Harness.TICK_MS,
        () -> {
          for (int i = 0; i < 100; i++) {
            lookup(random.nextInt(4 * CAPACITY));
          }
        });
    harness.serve();
  }

  static synchronized long size() {
    return PAGES.size();
  }

  static synchronized byte[] lookup(int key) {
    return PAGES.computeIfAbsent(key, k -> new byte[1024]);
  }
}
