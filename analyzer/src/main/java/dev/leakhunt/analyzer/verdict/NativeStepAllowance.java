package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.sampler.ProcessMemoryRows;
import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.Units;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * A JVM's resident memory outside the heap rises in steps while it warms up: the JIT compiler's
 * arenas peak while it compiles a large method, and the C library keeps the freed pages, so the
 * resident set keeps each high-water mark. With Native Memory Tracking on, a clean LRU cache showed
 * the compiler's memory peak at 4.4 MiB and fall back while the resident set stayed up; without it,
 * 18 clean corpus runs rose by 0.2 to 19.6 MiB outside the heap in 8 judged minutes, in steps of up
 * to 11 MiB, and two of them failed {@code rss.native} at 69 and 147 MiB/h. Such steps cannot be
 * told from a native leak by their trend in a short window, so a failing resident-memory resource
 * that rose by less than {@link #ALLOWANCE_BYTES} over its window is INCONCLUSIVE, never PASS, with
 * how long a window would tell. A native leak that rises past the allowance still fails.
 *
 * <p>The sampler now trims the target's C heap before each read ({@code NativeHeapTrim}), which
 * removes these steps where the target can trim (18 trimmed clean runs rose a median 1.1 MiB, at
 * most 10.4); the allowance stays for targets that cannot, and for steps that are memory in use.
 */
final class NativeStepAllowance {
  /** Above the largest rise of a clean run (19.6 MiB in 8 minutes), with room for a larger step. */
  static final double ALLOWANCE_BYTES = 32.0 * 1024 * 1024;

  private static final Set<String> RESIDENT =
      Set.of(ProcessMemoryRows.RSS, ProcessMemoryRows.RSS_NATIVE);

  private NativeStepAllowance() {}

  /** The verdict, undecided when it is a failing resident-memory resource that rose too little. */
  static ResourceVerdict applied(ResourceVerdict verdict) {
    if (verdict.outcome() != Outcome.FAIL
        || !RESIDENT.contains(verdict.resource())
        || verdict.trend() == null
        || verdict.trend().slopePerHour() <= 0) {
      return verdict;
    }
    double slopePerHour = verdict.trend().slopePerHour();
    double windowHours =
        (verdict.trend().windowEndMs() - verdict.trend().windowStartMs()) / 3_600_000.0;
    double riseBytes = slopePerHour * windowHours;
    if (riseBytes >= ALLOWANCE_BYTES) {
      return verdict;
    }
    long windowNeededMinutes = (long) Math.ceil(ALLOWANCE_BYTES / slopePerHour * 60);
    Duration moreTimeNeeded =
        Duration.ofMinutes(windowNeededMinutes).minusMillis((long) (windowHours * 3_600_000));
    return verdict
        .undecided(
            String.format(
                Locale.ROOT,
                "%s grows %s, but that is a rise of %s over the %s judged, under the %s a JVM's memory"
                    + " outside the heap rises in steps while it warms up (the JIT compiler's arenas"
                    + " peak and the C library keeps their pages): this run cannot tell it from a"
                    + " native leak; at this rate it rises %s in %d min, so judge a window of at least"
                    + " %d min (--duration past the warm-up by that much), or run the target with"
                    + " -XX:NativeMemoryTracking=summary to see which part grows",
                verdict.resource(),
                Figures.rate(slopePerHour, Units.BYTES),
                Figures.amount(riseBytes, Units.BYTES),
                Figures.projection(Duration.ofMillis((long) (windowHours * 3_600_000))),
                Figures.amount(ALLOWANCE_BYTES, Units.BYTES),
                Figures.amount(ALLOWANCE_BYTES, Units.BYTES),
                windowNeededMinutes,
                windowNeededMinutes))
        .toBuilder()
        .moreTimeNeeded(moreTimeNeeded)
        .build();
  }
}
