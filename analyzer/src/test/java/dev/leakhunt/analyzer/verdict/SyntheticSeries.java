package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.series.ResourceSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators of the series a sampler records, for judging the judge over many seeds.
 *
 * <p>Memory model of a G1 heap (MiB, 10-minute runs unless told): the live set is {@code base +
 * leak * t + N(0, liveNoise)} (requests in flight); young collections every 1-4 s leave the live
 * set plus old-generation garbage that builds up at {@code garbageMiBPerMinute} and is reclaimed
 * only by a mixed cycle every 1-3 minutes, so the post-young-GC floor drifts up and drops without
 * any leak, as measured on this machine (shared/LEAK-DETECTION.md).
 */
final class SyntheticSeries {
  static final double MIB = 1024.0 * 1024.0;
  static final long WARMUP_MS = 120_000;
  static final long RUN_MS = 600_000;

  private final Random random;

  SyntheticSeries(long seed) {
    this.random = new Random(seed);
  }

  /** Linear growth of {@code ratePerHour} plus white noise, sampled every {@code periodMs}. */
  ResourceSeries linear(
      String resource, String unit, double base, double ratePerHour, double noise, long periodMs) {
    List<Point> points = new ArrayList<>();
    for (long t = 0; t <= RUN_MS; t += periodMs) {
      points.add(new Point(t, base + ratePerHour * hours(t) + noise * random.nextGaussian()));
    }
    return new ResourceSeries(resource, unit, Double.NaN, points);
  }

  /**
   * The heap a sampler records: post-GC values at every young collection plus, when {@code
   * probePeriodMs > 0}, a forced-GC probe (exact live set) every probe period.
   *
   * @param leakMiBPerHour growth of the live set
   * @param liveNoiseMiB standard deviation of the live set around its trend
   * @param garbageMiBPerMinute old-generation garbage left by young GCs between mixed cycles
   */
  ResourceSeries heapAfterGc(
      double leakMiBPerHour,
      double liveNoiseMiB,
      double garbageMiBPerMinute,
      long probePeriodMs,
      double maxHeapMiB) {
    return heapAfterGc(
        leakMiBPerHour, liveNoiseMiB, garbageMiBPerMinute, probePeriodMs, maxHeapMiB, RUN_MS);
  }

  /** As {@link #heapAfterGc(double, double, double, long, double)}, over {@code runMs}. */
  ResourceSeries heapAfterGc(
      double leakMiBPerHour,
      double liveNoiseMiB,
      double garbageMiBPerMinute,
      long probePeriodMs,
      double maxHeapMiB,
      long runMs) {
    return heapWithLiveNoise(
        leakMiBPerHour, liveNoiseMiB, 0, 1, garbageMiBPerMinute, probePeriodMs, maxHeapMiB, runMs);
  }

  /**
   * The heap a sampler records, as {@link #heapAfterGc(double, double, double, long, double)}, with
   * a live set that also wanders: AR(1) noise of stationary deviation {@code wanderMiB} and
   * correlation {@code phi} between steps {@code stepMs} apart (white noise of {@code liveNoiseMiB}
   * on top, per observation).
   */
  ResourceSeries heapWithLiveNoise(
      double leakMiBPerHour,
      double liveNoiseMiB,
      double wanderMiB,
      double phi,
      double garbageMiBPerMinute,
      long probePeriodMs,
      double maxHeapMiB,
      long runMs) {
    return heapWithLiveNoise(
        leakMiBPerHour,
        liveNoiseMiB,
        wanderMiB,
        phi,
        5_000,
        garbageMiBPerMinute,
        probePeriodMs,
        maxHeapMiB,
        runMs);
  }

  /** As above, with the wander stepped every {@code stepMs}. */
  ResourceSeries heapWithLiveNoise(
      double leakMiBPerHour,
      double liveNoiseMiB,
      double wanderMiB,
      double phi,
      long stepMs,
      double garbageMiBPerMinute,
      long probePeriodMs,
      double maxHeapMiB,
      long runMs) {
    List<Point> points = new ArrayList<>();
    // Without wander no random number is drawn for it, so seeded series stay as they were.
    double wander = wanderMiB > 0 ? wanderMiB * random.nextGaussian() : 0;
    double innovation = wanderMiB * Math.sqrt(Math.max(0, 1 - phi * phi));
    long nextStepMs = wanderMiB > 0 ? stepMs : Long.MAX_VALUE;
    double base = 200;
    long nextMixedMs = 60_000 + random.nextInt(120_000);
    long lastMixedMs = 0;
    long nextProbeMs = probePeriodMs > 0 ? probePeriodMs : Long.MAX_VALUE;
    for (long t = 1_000 + random.nextInt(3_000); t <= runMs; t += 1_000 + random.nextInt(3_000)) {
      while (nextProbeMs <= t) {
        while (nextStepMs <= nextProbeMs) {
          wander = phi * wander + innovation * random.nextGaussian();
          nextStepMs += stepMs;
        }
        double live =
            base
                + leakMiBPerHour * hours(nextProbeMs)
                + wander
                + liveNoiseMiB * random.nextGaussian();
        points.add(new Point(nextProbeMs, live * MIB));
        lastMixedMs = nextProbeMs; // a forced full GC reclaims the old garbage too
        nextProbeMs += probePeriodMs;
      }
      if (t >= nextMixedMs) {
        lastMixedMs = t;
        nextMixedMs = t + 60_000 + random.nextInt(120_000);
      }
      while (nextStepMs <= t) {
        wander = phi * wander + innovation * random.nextGaussian();
        nextStepMs += stepMs;
      }
      double live =
          base + leakMiBPerHour * hours(t) + wander + liveNoiseMiB * random.nextGaussian();
      double garbage = garbageMiBPerMinute * (t - lastMixedMs) / 60_000.0;
      points.add(new Point(t, (live + garbage) * MIB));
    }
    return new ResourceSeries("heap.live", "bytes", maxHeapMiB * MIB, points);
  }

  /**
   * The raw heap polled every second: a sawtooth rising at {@code allocationMiBPerSecond} from the
   * post-young-GC floor of {@link #heapAfterGc} to the next young collection.
   */
  ResourceSeries rawHeapSawtooth(
      double leakMiBPerHour, double liveNoiseMiB, double garbageMiBPerMinute, double maxHeapMiB) {
    List<Point> points = new ArrayList<>();
    double base = 200;
    double allocationMiBPerSecond = 40;
    long nextGcMs = 1_000 + random.nextInt(3_000);
    long nextMixedMs = 60_000 + random.nextInt(120_000);
    long lastMixedMs = 0;
    long lastGcMs = 0;
    double floor = base;
    for (long t = 0; t <= RUN_MS; t += 1_000) {
      while (nextGcMs <= t) {
        if (nextGcMs >= nextMixedMs) {
          lastMixedMs = nextGcMs;
          nextMixedMs = nextGcMs + 60_000 + random.nextInt(120_000);
        }
        double live =
            base + leakMiBPerHour * hours(nextGcMs) + liveNoiseMiB * random.nextGaussian();
        floor = live + garbageMiBPerMinute * (nextGcMs - lastMixedMs) / 60_000.0;
        lastGcMs = nextGcMs;
        nextGcMs += 1_000 + random.nextInt(3_000);
      }
      double heap = floor + allocationMiBPerSecond * (t - lastGcMs) / 1000.0;
      points.add(new Point(t, heap * MIB));
    }
    return new ResourceSeries("heap.used", "bytes", maxHeapMiB * MIB, points);
  }

  /**
   * A cache that fills at {@code fillMiBPerHour} until {@code fillEndMs}, then stays full, on the
   * post-GC heap with forced-GC probes every 30 s.
   */
  ResourceSeries plateau(double fillMiBPerHour, long fillEndMs, double liveNoiseMiB) {
    ResourceSeries flat = heapAfterGc(0, liveNoiseMiB, 6, 30_000, 1024);
    List<Point> points = new ArrayList<>();
    for (Point p : flat.points()) {
      double filled = fillMiBPerHour * hours(Math.min(p.timestampMs(), fillEndMs));
      points.add(new Point(p.timestampMs(), p.value() + filled * MIB));
    }
    return new ResourceSeries("heap.live", "bytes", flat.capacity(), points);
  }

  /**
   * A leak in bursts: the live set jumps by {@code burstMiB} at random times, on average every
   * {@code meanGapMs}, probed every 30 s.
   */
  ResourceSeries bursts(double burstMiB, long meanGapMs, double liveNoiseMiB) {
    ResourceSeries flat = heapAfterGc(0, liveNoiseMiB, 6, 30_000, 1024);
    List<Long> burstTimes = new ArrayList<>();
    for (long t = (long) (meanGapMs * random.nextDouble()); t <= RUN_MS; ) {
      burstTimes.add(t);
      t += (long) (meanGapMs * (0.5 + random.nextDouble()));
    }
    List<Point> points = new ArrayList<>();
    for (Point p : flat.points()) {
      long before = burstTimes.stream().filter(b -> b <= p.timestampMs()).count();
      points.add(new Point(p.timestampMs(), p.value() + before * burstMiB * MIB));
    }
    return new ResourceSeries("heap.live", "bytes", flat.capacity(), points);
  }

  /**
   * Linear growth plus white noise and, at about {@code spikeShare} of the points, a spike of
   * {@code spikeSize}, sampled every 5 s. Memory spikes go up only (a transient big allocation;
   * nothing reads below the live set); count spikes go either way (a burst of connections, a pool
   * drained for a moment).
   */
  ResourceSeries spiky(
      String unit,
      double base,
      double ratePerHour,
      double noise,
      double spikeShare,
      double spikeSize) {
    List<Point> points = new ArrayList<>();
    for (long t = 0; t <= RUN_MS; t += 5_000) {
      double value = base + ratePerHour * hours(t) + noise * random.nextGaussian();
      if (random.nextDouble() < spikeShare) {
        value += "bytes".equals(unit) || random.nextBoolean() ? spikeSize : -spikeSize;
      }
      points.add(new Point(t, value));
    }
    return new ResourceSeries(
        "bytes".equals(unit) ? "buffer.direct.used" : "fd.open", unit, Double.NaN, points);
  }

  /**
   * AR(1) noise {@code e(t) = phi e(t-1) + N(0, innovation)} without trend, every {@code periodMs}.
   */
  ResourceSeries autoregressive(
      String unit, double base, double phi, double innovation, long periodMs) {
    return autoregressive(unit, base, phi, innovation, periodMs, RUN_MS);
  }

  /** As {@link #autoregressive(String, double, double, double, long)}, over {@code runMs}. */
  ResourceSeries autoregressive(
      String unit, double base, double phi, double innovation, long periodMs, long runMs) {
    List<Point> points = new ArrayList<>();
    double e = innovation / Math.sqrt(1 - phi * phi) * random.nextGaussian();
    for (long t = 0; t <= runMs; t += periodMs) {
      e = phi * e + innovation * random.nextGaussian();
      points.add(new Point(t, base + e));
    }
    return new ResourceSeries(
        "bytes".equals(unit) ? "buffer.direct.used" : "threads.live", unit, Double.NaN, points);
  }

  /**
   * Live threads sampled every 5 s: a pool of {@code base} threads, bursts of up to 20 extra
   * short-lived threads in 10 % of samples, and leaked threads arriving as a Poisson process.
   */
  ResourceSeries threads(int base, double leakPerHour) {
    List<Point> points = new ArrayList<>();
    int leaked = 0;
    for (long t = 0; t <= RUN_MS; t += 5_000) {
      double expected = leakPerHour * 5_000 / 3_600_000.0;
      leaked += poisson(expected);
      int burst = random.nextDouble() < 0.1 ? random.nextInt(21) : 0;
      points.add(new Point(t, base + leaked + burst));
    }
    return new ResourceSeries("threads.live", "count", Double.NaN, points);
  }

  private int poisson(double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }

  static double hours(long ms) {
    return ms / 3_600_000.0;
  }
}
