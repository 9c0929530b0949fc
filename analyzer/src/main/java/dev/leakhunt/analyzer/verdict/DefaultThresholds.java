package dev.leakhunt.analyzer.verdict;

/**
 * The thresholds a resource is judged by unless the user sets its own ({@code --threshold}).
 *
 * <p><b>Significance</b> ({@value #SIGNIFICANCE_LEVEL} for the whole window, with {@link
 * ResourceJudge#PERSISTENCE_SIGNIFICANCE_LEVEL} for the latest half) was chosen by measurement:
 * {@code bench/calibrate.sh} (500 seeded series per scenario, 10-minute runs, 2 min warm-up, 8 min
 * judged) gave 0 false alarms on every clean heap scenario (post-GC floors with old garbage
 * drifting 3-12 MiB/min between mixed cycles, probed or not, raw 1 Hz sawtooth, caches full by
 * mid-window, rare ±64 MiB spikes, bursty thread pools), where a whole-window level of 0.001 alone
 * gave up to 1 % (the drifting floors). With about ten resources judged per run, 1e-4 per resource
 * keeps a clean run's false-alarm odds near 0.1 %.
 *
 * <p><b>Practical limits</b> are the growth that matters during a soak: a leak that would exhaust
 * its resource within about two days of uptime (2 % of capacity per hour) or, without a known
 * capacity, an absolute rate that adds up to a visible loss in a working day. A FAIL needs the
 * smaller of the two (when a capacity is known) to be crossed. In a 10-minute window these limits
 * are not what binds: noise is. Measured smallest rates caught in at least 99 % of seeds with the
 * defaults (10-minute run):
 *
 * <ul>
 *   <li>heap live set with a forced-GC probe every 15 s, live-set noise 1 MiB: 90 MiB/h (1.5
 *       MiB/min); noise 2 MiB: 180 MiB/h (3 MiB/min); noise 4 MiB: 300 MiB/h (5 MiB/min). Probe
 *       every 30-60 s, noise 2 MiB: 180-240 MiB/h.
 *   <li>unprobed post-GC floor, old garbage 6 MiB/min between mixed cycles: 900 MiB/h (15 MiB/min);
 *       12 MiB/min of garbage: about 1.2 GiB/h (raw 1 Hz sawtooth: 900 MiB/h-1.2 GiB/h).
 *   <li>live threads every 5 s with bursty pools: 240 threads/h.
 * </ul>
 *
 * Over an 8-hour soak the slope's standard error shrinks about 190-fold (it scales as T^-1.5), so
 * there the practical limits below decide.
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
      case "heap.live":
      case "heap.used":
        return 16 * MIB;
      case "metaspace.used":
        return 4 * MIB;
      case "compressed-class-space.used":
        return 1 * MIB;
      case "classes.loaded":
        return 200;
      case "threads.live":
        return 10;
      case "buffer.direct.used":
      case "buffer.mapped.used":
        return 8 * MIB;
      case "fd.open":
        return 20;
      default:
        return "bytes".equals(unit) ? 8 * MIB : 10;
    }
  }
}
