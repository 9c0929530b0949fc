package dev.leakhunt.analyzer.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.diagnosis.RealOutputs;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.contract.run.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictDiagnosisTest {
  private final Diagnosis heapLeak = RealOutputs.heapLeakDiagnosis();

  @Test
  void onlyFailingResourcesNeedACulprit() {
    RunVerdict verdict =
        verdict(
            Outcome.FAIL,
            resource("heap.live", Outcome.FAIL),
            resource("threads.live", Outcome.PASS));
    assertThat(VerdictDiagnosis.failingResources(verdict)).containsExactly("heap.live");
  }

  @Test
  void failingVerdictNamesTopSuspectsInItsReason() {
    RunVerdict verdict = verdict(Outcome.FAIL, resource("heap.live", Outcome.FAIL));
    assertThat(VerdictDiagnosis.withSuspectsInReason(verdict, heapLeak).reason())
        .startsWith(
            "heap.live grows. Top suspects: dev.leakhunt.analyzer.sampler.diagnosis.LeakedOrder +1.1 GiB/h");
  }

  @Test
  void passingVerdictKeepsItsReason() {
    RunVerdict verdict = verdict(Outcome.PASS, resource("heap.live", Outcome.PASS));
    assertThat(VerdictDiagnosis.withSuspectsInReason(verdict, heapLeak)).isSameAs(verdict);
    assertThat(VerdictDiagnosis.withSuspectsInReason(verdict, null)).isSameAs(verdict);
  }

  private static ResourceVerdict resource(String id, Outcome outcome) {
    return ResourceVerdict.builder(id, "bytes", Double.NaN).outcome(outcome).reason("r").build();
  }

  private static RunVerdict verdict(Outcome outcome, ResourceVerdict... resources) {
    RunInfo info =
        RunInfo.builder()
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
            .analyzerVersion("0.1.0")
            .build();
    return new RunVerdict(
        outcome,
        "heap.live grows.",
        info,
        List.of(resources),
        List.of(),
        null,
        new GcPauseSummary(0, 0, 0, 0, 0, 0, 0));
  }
}
