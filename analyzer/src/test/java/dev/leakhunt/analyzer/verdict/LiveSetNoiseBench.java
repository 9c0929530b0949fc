package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.series.ResourceSeries;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Measures how noisy a forced-GC live set is on this machine: a churning request-like workload
 * (in-flight buffers of 10-200 KiB, a size-capped cache, optional leak) runs in this JVM while a
 * probe calls {@link MemoryMXBean#gc()} every {@code probeSeconds} and records heap used after it.
 * Prints the live set's scatter around its Theil–Sen line and the default judge's verdict. Run by
 * {@code bench/live-set-noise.sh}; arguments: seconds, probe seconds, leak MiB per hour.
 */
public final class LiveSetNoiseBench {
  private static final double MIB = 1024.0 * 1024.0;

  public static void main(String[] args) throws InterruptedException {
    long seconds = Long.parseLong(args[0]);
    long probeSeconds = Long.parseLong(args[1]);
    double leakMiBPerHour = Double.parseDouble(args[2]);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    Random random = new Random(1);
    Map<Integer, byte[]> cache =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Integer, byte[]> eldest) {
            return size() > 20_000;
          }
        };
    ArrayDeque<byte[]> inFlight = new ArrayDeque<>();
    List<byte[]> leaked = new ArrayList<>();
    List<Point> points = new ArrayList<>();
    long startMs = System.currentTimeMillis();
    long nextProbeMs = startMs + probeSeconds * 1000;
    double leakedBytes = 0;
    long sink = 0;
    while (System.currentTimeMillis() - startMs < seconds * 1000) {
      // About 500 requests a second, each holding 10-200 KiB until a few hundred later ones end.
      for (int i = 0; i < 5; i++) {
        byte[] request = new byte[10_240 + random.nextInt(194_560)];
        sink += request.length;
        inFlight.addLast(request);
        if (inFlight.size() > 100 + random.nextInt(200)) {
          inFlight.removeFirst();
        }
        cache.put(random.nextInt(40_000), new byte[1_024]);
      }
      long nowMs = System.currentTimeMillis();
      double dueBytes = leakMiBPerHour * MIB * (nowMs - startMs) / 3_600_000.0;
      while (leakedBytes + 4_096 <= dueBytes) {
        leaked.add(new byte[4_096]);
        leakedBytes += 4_096;
      }
      if (nowMs >= nextProbeMs) {
        memory.gc();
        points.add(new Point(nowMs, memory.getHeapMemoryUsage().getUsed()));
        nextProbeMs += probeSeconds * 1000;
      }
      Thread.sleep(10);
    }
    ResourceSeries series =
        new ResourceSeries("heap.live", "bytes", memory.getHeapMemoryUsage().getMax(), points);
    long windowStartMs = startMs + seconds * 1000 / 5; // first fifth is warm-up
    ResourceVerdict verdict =
        new ResourceJudge()
            .judge(series, windowStartMs, DefaultThresholds.forResource("heap.live", "bytes"));
    System.out.printf(
        Locale.ROOT,
        "%d s, probe every %d s, leak %.0f MiB/h: %d probes, live-set scatter around the fitted"
            + " line %.2f MiB (sd), %.2f MiB (max)%n",
        seconds,
        probeSeconds,
        leakMiBPerHour,
        points.size(),
        scatter(points, verdict, windowStartMs, false),
        scatter(points, verdict, windowStartMs, true));
    System.out.println("  " + verdict.outcome() + ": " + verdict.reason());
    if (sink == 42 && leaked.isEmpty()) {
      System.out.println(); // keeps the allocations observable to the JIT
    }
  }

  private static double scatter(
      List<Point> points, ResourceVerdict verdict, long windowStartMs, boolean maximum) {
    if (verdict.trend() == null) {
      return Double.NaN;
    }
    double sumSquares = 0;
    double largest = 0;
    int count = 0;
    for (Point p : points) {
      if (p.timestampMs() < windowStartMs) {
        continue;
      }
      double fitted =
          verdict.trend().interceptAtStart()
              + verdict.trend().slopePerHour() * (p.timestampMs() - windowStartMs) / 3_600_000.0;
      double residual = (p.value() - fitted) / MIB;
      sumSquares += residual * residual;
      largest = Math.max(largest, Math.abs(residual));
      count++;
    }
    return maximum ? largest : Math.sqrt(sumSquares / Math.max(1, count - 1));
  }
}
