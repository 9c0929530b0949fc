package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.contract.run.ResourceIds;
import dev.leakhunt.contract.run.Units;

/**
 * The thresholds a resource is judged by unless the user sets its own ({@code --threshold}).
 *
 * <p><b>Significance</b>: {@value #SIGNIFICANCE_LEVEL} over the whole window for a FAIL, plus
 * growth still seen in the latest half (p &lt; 0.05 there, slope at least half the limit; see
 * {@link Decision}). With about ten resources judged per run, 1e-4 per resource keeps a clean long
 * soak's false-alarm odds near 0.1 %. A PASS needs the other kind of evidence, an upper bound under
 * the limit; see {@link ResourceJudge}.
 *
 * <p><b>Practical limits</b> are the growth that matters during a soak: what would exhaust the
 * resource within about two days of uptime (2 % of capacity per hour), or, with no capacity known,
 * an absolute rate that adds up to a visible loss in a working day. The smaller of the two must be
 * crossed. In a 10-minute run these limits are not what binds; noise is. The figures below were
 * measured with the earlier two-valued rule (FAIL or PASS, {@code bench/calibrate.sh}); for the
 * three-valued rule, {@code bench/three-outcomes.sh} gives the share of FAIL / PASS / INCONCLUSIVE
 * per leak rate and noise, and {@code bench/accuracy/} measures it on real JVMs (both in {@code
 * bench/README.md}). Smallest leak rates caught in at least 99 % of 1,000 seeds, 10-minute run,
 * zero false alarms on the matching clean series, with the two-valued rule:
 *
 * <ul>
 *   <li>heap live set, forced-GC probe every 15 s: 90 MiB/h (1.5 MiB/min) with 1 MiB of live-set
 *       noise, 150 MiB/h (2.5 MiB/min) with 2 MiB, 300 MiB/h (5 MiB/min) with 4 MiB. Probe every 30
 *       s: 90 / 180 / 300 MiB/h; every 60 s: 150 / 210 / 300 MiB/h.
 *   <li>unprobed post-GC floor (old garbage piling up 3 / 6 / 12 MiB/min between mixed cycles): 450
 *       / 750 / 1,500 MiB/h; raw heap polled at 1 Hz: 600 / 750 / 1,200 MiB/h. Probe.
 *   <li>a byte counter with 1 MiB of white noise every 5 s (e.g. direct buffers): 90 MiB/h, also
 *       with 2 % of samples spiking +64 MiB; a count with 2 % of samples spiking ±500: 180/h.
 *   <li>a leak in bursts about a minute apart: 4 MiB per burst (about 240 MiB/h). Bursts two
 *       minutes apart were caught in only about 60 % of 10-minute runs under the two-valued rule,
 *       the rest passing; the three-valued rule never passes a staircase of steps 1, 2 or 4 minutes
 *       apart ({@code ResourceJudgeTest}).
 *   <li>live threads every 5 s with bursty pools: 240 threads/h.
 * </ul>
 *
 * <p>The live-set noise these figures assume was measured with {@code bench/live-set-noise.sh} (JDK
 * 17, G1, 512 MiB heap, a request-like workload holding 10-30 MiB in flight, forced GC every 5 s):
 * 0.9 MiB standard deviation around the fitted line clean (judged PASS, p = 0.037), 1.2 MiB with a
 * 120 MiB/h leak, which was judged FAIL at 127 MiB/h (95 % CI 105 to 147) after a 4-minute run.
 *
 * <p>Known limit: noise that wanders slowly (AR(1) with a correlation time of 22 s to 4 min) looks
 * like a trend inside 8 minutes and fails 0.1 % to 1.3 % of clean 10-minute runs; over an 8-hour
 * soak it failed none. Over a soak the slope's error shrinks with the window (30 buckets either
 * way), about fifty-fold for 8 hours, and the practical limits below decide.
 */
public final class DefaultThresholds {
  private static final double MIB = 1024.0 * 1024.0;

  /** Whole-window significance level of every default threshold. */
  public static final double SIGNIFICANCE_LEVEL = 1e-4;

  /** Capacity-relative limit of every default: 2 % per hour, i.e. full in about two days. */
  public static final double FRACTION_OF_CAPACITY_PER_HOUR = 0.02;

  private DefaultThresholds() {}

  /**
   * The default threshold for a resource.
   *
   * <ul>
   *   <li>{@code heap.live}, {@code heap.used}: 16 MiB/h (384 MiB a day: the whole default heap of
   *       a small service) or 2 % of max heap per hour.
   *   <li>{@code metaspace.used}: 4 MiB/h (about a thousand leaked classes an hour); {@code
   *       compressed-class-space.used}: 1 MiB/h (its share of the same classes). Both flat after
   *       warm-up in a healthy JVM.
   *   <li>{@code classes.loaded}: 200 classes/h (lambda forms and reflection accessors keep
   *       trickling in for a while after warm-up, dozens an hour; a class-per-request leak loads
   *       thousands).
   *   <li>{@code threads.live}: 10 threads/h (each reserves a stack; a pool does not grow after
   *       warm-up).
   *   <li>{@code buffer.direct.used}, {@code buffer.mapped.used}: 8 MiB/h or 2 % of the limit.
   *   <li>{@code fd.open}: 20 descriptors/h or 2 % of the process limit.
   *   <li>{@code rss}: 64 MiB/h or 2 % of the container's memory limit (else physical memory) per
   *       hour. The resident set holds what the other limits judge one by one, so its limit is
   *       about their sum: the heap (16), the code cache (32), direct memory (8), metaspace (4) and
   *       some malloc arena growth. Measured: a clean shop under load grew 35 MiB/h in its minutes
   *       0.5 to 4 (21 of them code cache); the {@code unclosed-gzip} shop grew 3 to 8 GiB/h. The
   *       same for {@code rss.native}, the part outside the Java heap, judged in place of {@code
   *       rss} whenever the heap's address ranges are known.
   *   <li>{@code nmt.code.committed}: 32 MiB/h. The JIT keeps compiling for many minutes under load
   *       (measured 21-23 MiB/h in minutes 0.5 to 4 of the shop) into a bounded code cache;
   *       generated code that leaks comes with classes, judged by {@code classes.loaded}.
   *   <li>every other {@code nmt.<category>.committed}: 8 MiB/h, like direct memory, with no
   *       capacity (the categories share the process's; {@code rss} is projected against it).
   *   <li>{@code mbean:*} and anything else: by unit, 8 MiB/h for bytes, 10/h for counts, or 2 % of
   *       the capacity given with the attribute.
   * </ul>
   *
   * @param resource the resource id, e.g. {@code heap.live} or {@code mbean:...#Attr}
   * @param unit {@code bytes} or {@code count}
   */
  public static Threshold forResource(String resource, String unit) {
    return new Threshold(
        minSlopePerHour(resource, unit), FRACTION_OF_CAPACITY_PER_HOUR, SIGNIFICANCE_LEVEL);
  }

  private static double minSlopePerHour(String resource, String unit) {
    switch (resource) {
      case ResourceIds.HEAP_LIVE:
      case ResourceIds.HEAP_USED:
        return 16 * MIB;
      case ResourceIds.METASPACE_USED:
        return 4 * MIB;
      case ResourceIds.COMPRESSED_CLASS_SPACE_USED:
        return 1 * MIB;
      case ResourceIds.CLASSES_LOADED:
        return 200;
      case ResourceIds.THREADS_LIVE:
        return 10;
      case ResourceIds.BUFFER_DIRECT_USED:
      case ResourceIds.BUFFER_MAPPED_USED:
        return 8 * MIB;
      case ResourceIds.FD_OPEN:
        return 20;
      case ResourceIds.RSS:
      case ResourceIds.RSS_NATIVE:
        return 64 * MIB;
      case "nmt.code.committed":
        return 32 * MIB;
      default:
        return Units.BYTES.equals(unit) ? 8 * MIB : 10;
    }
  }
}
