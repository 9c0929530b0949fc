package dev.leakhunt.shop.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts responses by HTTP status code, for {@code /stats}. */
public final class RequestCounters {
  private final Map<Integer, LongAdder> countsByStatus = new ConcurrentHashMap<>();

  /** Counts one response with this status code. */
  public void countStatus(int statusCode) {
    countsByStatus.computeIfAbsent(statusCode, code -> new LongAdder()).increment();
  }

  /** Responses so far by status code, as a sorted map from "200" to count. */
  public Map<String, Long> snapshot() {
    Map<String, Long> snapshot = new TreeMap<>();
    countsByStatus.forEach((code, count) -> snapshot.put(String.valueOf(code), count.sum()));
    return snapshot;
  }
}
