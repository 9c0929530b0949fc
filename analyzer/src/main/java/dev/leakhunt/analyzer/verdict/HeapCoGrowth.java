package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.sampler.ProcessMemoryRows;
import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.ResourceIds;
import dev.leakhunt.contract.run.Units;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Native memory that grows with the heap is the collector's, not a leak: G1's remembered sets, card
 * table and mark bitmaps are allocated outside the heap in proportion to what it holds. In the
 * accuracy corpus a clean program swelling its heap by 94 MiB of resident pages in four minutes (a
 * daily cycle) grew its resident set outside the heap by 18 MiB, a fifth as much, and failed {@code
 * rss.native} at 234 MiB/h. Such growth cannot be told from a native leak without Native Memory
 * Tracking, so a failing native resource whose heap grew over four times as fast in the same window
 * is INCONCLUSIVE, never PASS: the heap is judged as {@code heap.live}, and a native leak is not
 * ruled out. A native leak beside a flat heap (unclosed zlib streams, direct memory, threads) still
 * fails.
 */
final class HeapCoGrowth {
  /**
   * The collector's native structures stay under a quarter of the heap's growth (measured 19 %).
   */
  static final double HEAP_TO_NATIVE_RATIO = 4;

  private static final Set<String> FOLLOWING_THE_HEAP =
      Set.of(ProcessMemoryRows.RSS_NATIVE, ProcessMemoryRows.nmtCategory("gc"));

  private HeapCoGrowth() {}

  /**
   * The verdict, undecided when it is a failing native resource that the heap's growth explains.
   */
  static ResourceVerdict applied(ResourceVerdict verdict, List<ResourceVerdict> all) {
    if (verdict.outcome() != Outcome.FAIL
        || !FOLLOWING_THE_HEAP.contains(verdict.resource())
        || verdict.trend() == null) {
      return verdict;
    }
    Optional<ResourceVerdict> heap =
        all.stream()
            .filter(v -> v.resource().equals(ResourceIds.HEAP_LIVE) && v.trend() != null)
            .findFirst();
    double nativeSlope = verdict.trend().slopePerHour();
    if (heap.isEmpty() || heap.get().trend().slopePerHour() < HEAP_TO_NATIVE_RATIO * nativeSlope) {
      return verdict;
    }
    return verdict.undecided(
        String.format(
            Locale.ROOT,
            "%s grows %s, but heap.live grows %s in the same window, over %.0f times as fast,"
                + " and the collector's own structures outside the heap (remembered sets, mark"
                + " bitmaps) grow with the heap: this run cannot tell native growth from the"
                + " heap's, which heap.live judges; run with -XX:NativeMemoryTracking=summary, or"
                + " longer, to tell",
            verdict.resource(),
            Figures.rate(nativeSlope, Units.BYTES),
            Figures.rate(heap.get().trend().slopePerHour(), Units.BYTES),
            HEAP_TO_NATIVE_RATIO));
  }
}
