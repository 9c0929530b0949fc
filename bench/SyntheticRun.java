import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic watch folder (run.json and samples.csv) of the given length at 1 Hz, with the
 * rows a real watch of a G1 JVM writes each second (heap, 8 memory pools, buffers, threads,
 * classes, descriptors, CPU, 2 collectors: 36 rows) plus a collection about every 2 s and a
 * forced-GC probe every 20 s: about 36.6 rows a second, 22 million lines (955 MB) for 7 days. The live set grows 16 MiB/h, the limit's rate, from 40 MiB.
 *
 * <p>Usage: {@code java bench/SyntheticRun.java DIR HOURS}
 */
public final class SyntheticRun {
  private static final double MIB = 1024 * 1024;

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    double hours = Double.parseDouble(args[1]);
    Files.createDirectories(dir);
    long startMs = 1_800_000_000_000L;
    long seconds = Math.round(hours * 3600);
    Files.writeString(
        dir.resolve("run.json"),
        "{\"startMs\":"
            + startMs
            + ",\"endMs\":null,\"warmupMs\":120000,\"plannedDurationMs\":"
            + seconds * 1000
            + ",\"intervalMs\":1000,\"liveProbeIntervalMs\":20000,\"connection\":\"127.0.0.1:9010\","
            + "\"targetHost\":\"127.0.0.1\",\"targetPid\":4242,\"targetJvm\":\"synthetic\","
            + "\"targetJavaVersion\":\"17\",\"collectorNames\":[\"G1 Young Generation\",\"G1 Old"
            + " Generation\"],\"maxHeapBytes\":268435456,\"command\":null,\"commandExitCode\":null,"
            + "\"commandLog\":null,\"analyzerHost\":\"bench\",\"analyzerVersion\":\"bench\","
            + "\"gitCommit\":null}");
    Random random = new Random(42);
    String[] pools = {
      "CodeHeap 'non-nmethods'", "Metaspace", "CodeHeap 'profiled nmethods'",
      "Compressed Class Space", "G1 Eden Space", "G1 Old Gen", "G1 Survivor Space",
      "CodeHeap 'non-profiled nmethods'"
    };
    try (BufferedWriter out =
        Files.newBufferedWriter(dir.resolve("samples.csv"), StandardCharsets.UTF_8)) {
      out.write("timestampMs,resource,value\n");
      row(out, startMs, "capacity:heap.live", 268435456);
      row(out, startMs, "capacity:heap.used", 268435456);
      row(out, startMs, "capacity:compressed-class-space.used", 1073741824);
      row(out, startMs, "capacity:buffer.direct.used", 268435456);
      row(out, startMs, "capacity:fd.open", 1048576);
      long youngCount = 0;
      for (long s = 0; s < seconds; s++) {
        long t = startMs + s * 1000;
        double live = 40 * MIB + 16 * MIB * s / 3600.0;
        double used = live + random.nextInt(60) * MIB;
        row(out, t, "heap.used", Math.round(used));
        row(out, t, "heap.committed", 134217728);
        row(out, t, "nonheap.used", 52_000_000 + random.nextInt(1000));
        for (String pool : pools) {
          row(out, t, "pool:" + pool + ".used", 1_000_000 + random.nextInt(1_000_000));
          row(out, t, "pool:" + pool + ".committed", 4_194_304);
        }
        row(out, t, "metaspace.used", 30_000_000 + random.nextInt(100));
        row(out, t, "compressed-class-space.used", 3_500_000 + random.nextInt(100));
        row(out, t, "buffer.direct.used", 65536);
        row(out, t, "buffer.direct.count", 4);
        row(out, t, "buffer.mapped.used", 0);
        row(out, t, "buffer.mapped.count", 0);
        row(out, t, "threads.live", 20 + random.nextInt(3));
        row(out, t, "threads.daemon", 12);
        row(out, t, "threads.peak", 24);
        row(out, t, "classes.loaded", 4200);
        row(out, t, "classes.unloaded", 0);
        if (random.nextBoolean()) {
          youngCount++;
          row(out, t - random.nextInt(900), "heap.live", Math.round(live + random.nextInt(20) * MIB));
        }
        row(out, t, "gc:G1 Young Generation.count", youngCount);
        row(out, t, "gc:G1 Young Generation.timeMs", youngCount * 3);
        row(out, t, "gc:G1 Old Generation.count", s / 20);
        row(out, t, "gc:G1 Old Generation.timeMs", s / 20 * 40);
        row(out, t, "fd.open", 30 + random.nextInt(2));
        row(out, t, "cpu.process", 0.05 + random.nextInt(10) / 100.0);
        if (s % 20 == 19) {
          row(out, t + 50, "heap.live", Math.round(live + random.nextInt(2) * MIB));
          row(out, t + 50, "probe.pauseMs", 40 + random.nextInt(60));
        }
      }
    }
  }

  private static void row(BufferedWriter out, long timestampMs, String resource, double value)
      throws IOException {
    out.write(Long.toString(timestampMs));
    out.write(',');
    out.write(resource);
    out.write(',');
    out.write(value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
    out.write('\n');
  }
}
