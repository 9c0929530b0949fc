package dev.leakhunt.analyzer.it.programs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A size-capped LRU cache: it grows by 64 KiB every 100 ms until it holds 400 entries (25 MiB,
 * reached after 40 s), then evicts as fast as it adds. Fills, then plateaus: not a leak.
 */
public final class PlateauingCacheProgram {
  static final int CAPACITY = 400;
  static final Map<Long, byte[]> CACHE =
      new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
          return size() > CAPACITY;
        }
      };
  static volatile Object sink;

  public static void main(String[] args) throws Exception {
    long[] key = {0};
    ProgramClock.run(
        args,
        100,
        elapsedMs -> {
          CACHE.put(key[0]++, new byte[64 * 1024]);
          for (int i = 0; i < 200; i++) {
            sink = new byte[4096];
          }
        });
  }
}
