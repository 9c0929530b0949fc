package dev.leakhunt.analyzer.it.programs;

import java.util.ArrayList;
import java.util.List;

/**
 * Each request adds 4 KiB to a cache in a {@code ThreadLocal} of its pool thread and never clears
 * it: the pool's threads live for ever, so their caches do too (160 KiB/s).
 */
public final class ThreadLocalCacheProgram {
  static final ThreadLocal<RequestCache> CACHE = ThreadLocal.withInitial(RequestCache::new);

  static final class RequestCache {
    final List<byte[]> entries = new ArrayList<>();

    void remember(byte[] entry) {
      entries.add(entry);
    }
  }

  public static void main(String[] args) throws Exception {
    RequestLoop.run(args, 25, ThreadLocalCacheProgram::cacheResponse);
  }

  static void cacheResponse(int requestId) {
    CACHE.get().remember(new byte[4096]);
  }
}
