package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.trend.Trend;
import dev.leakhunt.contract.run.MachineInfo;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.RunIdentity;
import dev.leakhunt.contract.run.RunInfo;
import dev.leakhunt.contract.verdict.GcPauseSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-made verdicts for rendering tests: a leaking heap, flat threads, an unjudgeable pool. */
public final class FixtureVerdicts {
  public static final long START_MS = 1_790_000_000_000L;
  public static final long WARMUP_MS = 120_000;
  public static final long END_MS = START_MS + 600_000;
  public static final double MIB = 1024 * 1024;

  private FixtureVerdicts() {}

  /**
   * A one-minute watch of {@code 127.0.0.1:9010} (pid 42, OpenJDK 17, G1, 256 MiB max heap),
   * sampled every second from 1 s after the epoch, 10 s of warm-up, probes off, an empty command.
   */
  public static RunInfo.Builder minuteRunInfo() {
    return RunInfo.builder()
        .startMs(1_000)
        .endMs(61_000L)
        .warmupMs(10_000)
        .plannedDurationMs(60_000L)
        .intervalMs(1_000)
        .liveProbeIntervalMs(0)
        .connection("127.0.0.1:9010")
        .targetHost("127.0.0.1")
        .targetPid(42)
        .targetJvm("OpenJDK")
        .targetJavaVersion("17")
        .collectorNames(List.of("G1"))
        .maxHeapBytes(256L << 20)
        .command(List.of())
        .analyzerHost("host")
        .analyzerVersion("0.1.0");
  }

  /** A verdict of {@link #minuteRunInfo()}: no gaps, no death, no GC pauses. */
  public static RunVerdict minuteRun(
      Outcome outcome, String reason, List<ResourceVerdict> resources) {
    return new RunVerdict(
        outcome,
        reason,
        minuteRunInfo().build(),
        resources,
        List.of(),
        null,
        new GcPauseSummary(0, 0, 0, 0, 0, 0, 0));
  }

  /**
   * A watch of {@code 127.0.0.1:1} from {@code startMs}: 1 s samples, a forced-GC probe every 3 s;
   * the caller sets the warm-up, the planned duration and the max heap its figures need.
   */
  public static RunInfo.Builder probedRunInfo(long startMs) {
    return RunInfo.builder()
        .startMs(startMs)
        .intervalMs(1_000)
        .liveProbeIntervalMs(3_000)
        .connection("127.0.0.1:1")
        .targetHost("127.0.0.1")
        .targetPid(1)
        .targetJvm("vm")
        .targetJavaVersion("17")
        .collectorNames(List.of("G1"))
        .analyzerHost("here")
        .analyzerVersion("test");
  }

  public static RunVerdict failingRun() {
    ResourceVerdict heap =
        ResourceVerdict.builder("heap.live", "bytes", 256 * MIB)
            .outcome(Outcome.FAIL)
            .trend(
                new Trend(
                    300 * MIB,
                    280 * MIB,
                    320 * MIB,
                    0.95,
                    40 * MIB,
                    START_MS + WARMUP_MS,
                    END_MS,
                    5.1,
                    1.7e-7,
                    310 * MIB,
                    30,
                    80 * MIB))
            .threshold(new Threshold(16 * MIB, 0.02, 1e-4))
            .timeToExhaustion(Duration.ofMinutes(35))
            .reason("heap.live grows 300 MiB/h, above the 5.12 MiB/h limit; full in 35 min.")
            .build();
    ResourceVerdict threads =
        ResourceVerdict.builder("threads.live", "count", Double.NaN)
            .outcome(Outcome.PASS)
            .trend(
                new Trend(0, -1, 1, 0.95, 21, START_MS + WARMUP_MS, END_MS, 0.1, 0.46, 0, 30, 21))
            .threshold(new Threshold(10, 0.02, 1e-4))
            .reason("threads.live: no significant growth (p = 0.46).")
            .build();
    ResourceVerdict mapped =
        ResourceVerdict.builder("buffer.mapped.used", "bytes", Double.NaN)
            .outcome(Outcome.INCONCLUSIVE)
            .threshold(new Threshold(8 * MIB, 0.02, 1e-4))
            .reason("buffer.mapped.used: only 3 samples after warm-up, need at least 10")
            .build();
    RunInfo info =
        RunInfo.builder()
            .startMs(START_MS)
            .endMs(END_MS)
            .warmupMs(WARMUP_MS)
            .plannedDurationMs(600_000L)
            .intervalMs(5_000)
            .liveProbeIntervalMs(60_000)
            .connection("127.0.0.1:9010")
            .targetHost("127.0.0.1")
            .targetPid(4242)
            .targetJvm("OpenJDK 64-Bit Server VM 17.0.15")
            .targetJavaVersion("17.0.15")
            .collectorNames(List.of("G1 Young Generation", "G1 Old Generation"))
            .maxHeapBytes((long) (256 * MIB))
            .command(List.of("mvn", "gatling:test"))
            .commandExitCode(0)
            .commandLog("command.log")
            .analyzerHost("ci-host")
            .analyzerVersion("0.1.0-SNAPSHOT")
            .identity(
                new RunIdentity(
                    Map.of(
                        "version",
                        "1.4.2",
                        "GIT_COMMIT",
                        "0123456789abcdef0123456789abcdef01234567"),
                    new MachineInfo(
                        "ci-host", 2, "Linux 6.1 amd64", "OpenJDK 64-Bit Server VM 17.0.15")))
            .build();
    return new RunVerdict(
        Outcome.FAIL,
        "leak: heap.live grows 300 MiB/h <fast> & steady.",
        info,
        List.of(heap, threads, mapped),
        List.of(new SamplingGap(START_MS + 300_000, 4_250)),
        null,
        new GcPauseSummary(120, 3.2, 7.5, 12.0, 19.9, 21.5, 480));
  }

  /** Live-heap points climbing 300 MiB/h from 40 MiB, one every 5 s. */
  public static List<Point> heapPoints() {
    List<Point> points = new ArrayList<>();
    for (long t = START_MS; t <= END_MS; t += 5_000) {
      points.add(new Point(t, 40 * MIB + 300 * MIB * (t - START_MS) / 3_600_000.0));
    }
    return points;
  }
}
