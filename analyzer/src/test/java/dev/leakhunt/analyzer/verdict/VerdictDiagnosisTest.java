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
            "heap.live grows. Top suspects: dev.leakhunt.analyzer.sampler.diagnosis.LeakedOrder +1.07 GiB/h");
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
    return FixtureVerdicts.minuteRun(outcome, "heap.live grows.", List.of(resources));
  }
}
