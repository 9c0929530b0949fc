package dev.leakhunt.analyzer.evidence;

import dev.leakhunt.analyzer.series.RecordedRun;
import dev.leakhunt.analyzer.trend.Trend;
import dev.leakhunt.analyzer.verdict.ResourceVerdict;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.analyzer.verdict.Threshold;
import dev.leakhunt.contract.run.MachineInfo;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.RunIdentity;
import dev.leakhunt.contract.run.RunInfo;
import dev.leakhunt.contract.verdict.GcPauseSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs built in memory: a heap slope with its interval, and optionally a latency series. */
public final class EvidenceFixtures {
  public static final double MIB = 1024.0 * 1024.0;
  public static final String LATENCY =
      "latency:dev.leakhunt.shop:endpoint=products.get,type=Latency#IntervalP99Micros";

  private EvidenceFixtures() {}

  /**
   * A run started at {@code startMs}, tagged {@code version}, whose heap.live slope is {@code
   * slopeMiB} MiB/h with the interval {@code lowerMiB} to {@code upperMiB}, and whose product page
   * p99 alternates around {@code latencyMicros} (±10 %) once per second over 100 s.
   */
  public static RunEvidence run(
      String version,
      long startMs,
      double slopeMiB,
      double lowerMiB,
      double upperMiB,
      double latencyMicros) {
    RunInfo info =
        RunInfo.builder()
            .startMs(startMs)
            .endMs(startMs + 100_000)
            .warmupMs(10_000)
            .plannedDurationMs(100_000L)
            .intervalMs(1_000)
            .liveProbeIntervalMs(3_000)
            .connection("127.0.0.1:9010")
            .targetHost("127.0.0.1")
            .targetPid(42)
            .targetJvm("OpenJDK")
            .targetJavaVersion("17")
            .collectorNames(List.of("G1 Young Generation"))
            .maxHeapBytes((long) (256 * MIB))
            .analyzerHost("ci-host")
            .analyzerVersion("test")
            .identity(
                new RunIdentity(
                    Map.of("version", version),
                    new MachineInfo("ci-host", 2, "Linux", "OpenJDK 17")))
            .build();
    Trend trend =
        new Trend(
            slopeMiB * MIB,
            lowerMiB * MIB,
            upperMiB * MIB,
            0.95,
            30 * MIB,
            startMs + 10_000,
            startMs + 100_000,
            1,
            0.01,
            slopeMiB * MIB,
            upperMiB * MIB,
            30,
            31 * MIB);
    ResourceVerdict heap =
        ResourceVerdict.builder("heap.live", "bytes", 256 * MIB)
            .outcome(Outcome.PASS)
            .trend(trend)
            .threshold(new Threshold(16 * MIB, 0.02, 1e-4))
            .reason("heap.live: fixture")
            .build();
    RunVerdict verdict =
        new RunVerdict(
            Outcome.PASS,
            "fixture.",
            info,
            List.of(heap),
            List.of(),
            null,
            new GcPauseSummary(10, 2, 4, 6, 6, 7, 30));
    Map<String, List<dev.leakhunt.analyzer.series.Point>> rows = new java.util.HashMap<>();
    List<dev.leakhunt.analyzer.series.Point> latency = new ArrayList<>();
    List<dev.leakhunt.analyzer.series.Point> live = new ArrayList<>();
    for (int second = 0; second <= 100; second++) {
      double wobble = second % 2 == 0 ? 0.9 : 1.1;
      latency.add(
          new dev.leakhunt.analyzer.series.Point(
              startMs + second * 1000L, latencyMicros * wobble + second % 5));
      live.add(
          new dev.leakhunt.analyzer.series.Point(
              startMs + second * 1000L, 30 * MIB + slopeMiB * MIB * second / 3600.0));
    }
    rows.put(LATENCY, latency);
    rows.put("heap.live", live);
    return new RunEvidence(
        Path.of("runs", version),
        Path.of("runs", version),
        2,
        verdict,
        null,
        new RecordedRun(rows),
        null,
        List.of());
  }
}
