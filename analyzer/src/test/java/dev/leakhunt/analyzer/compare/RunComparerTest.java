package dev.leakhunt.analyzer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.evidence.EvidenceFixtures;
import dev.leakhunt.analyzer.evidence.RunEvidence;
import dev.leakhunt.analyzer.verdict.VerdictDocuments;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.verdict.VerdictJson;
import org.junit.jupiter.api.Test;

class RunComparerTest {
  private final RunComparer comparer = new RunComparer(RegressionRules.defaults());
  private final RunEvidence clean = EvidenceFixtures.run("1.0.0", 0, 0.5, -1, 2, 1_000);

  @Test
  void steadyRunPassesWithEveryRuledFigureUnchanged() {
    RunEvidence again = EvidenceFixtures.run("1.0.1", 200_000, 1.5, 0, 3, 1_050);

    RunComparison comparison = comparer.compare(clean, again);

    assertThat(comparison.outcome()).isEqualTo(Outcome.PASS);
    assertThat(comparison.regressions()).isEmpty();
    assertThat(comparison.reason()).startsWith("no regression against 1.0.0 (2 figures compared)");
  }

  @Test
  void leakBeyondTheIntervalAndTheDeltaFailsNamingTheResource() {
    RunEvidence leaking = EvidenceFixtures.run("1.1.0", 200_000, 300, 280, 320, 1_000);

    RunComparison comparison = comparer.compare(clean, leaking);

    assertThat(comparison.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(comparison.regressions())
        .extracting(FigureComparison::id)
        .containsExactly("slope:heap.live");
    assertThat(comparison.reason())
        .startsWith(
            "regression against 1.0.0: heap.live slope +300 MiB/h (+280 MiB/h to +320 MiB/h)"
                + " vs +512 KiB/h (-1.00 MiB/h to +2.00 MiB/h) in the baseline: +300 MiB/h,"
                + " beyond the baseline's interval (practical delta 8.00 MiB/h)");
  }

  @Test
  void biggerSlopeWithinTheNoiseOrUnderTheDeltaIsNoRegression() {
    // Point estimate +7 MiB/h higher but under the 8 MiB/h delta.
    RunEvidence small = EvidenceFixtures.run("a", 200_000, 7.5, 5, 9, 1_000);
    // +20 MiB/h higher, but the intervals overlap.
    RunEvidence noisy = EvidenceFixtures.run("b", 200_000, 20.5, 1, 40, 1_000);

    assertThat(comparer.compare(clean, small).outcome()).isEqualTo(Outcome.PASS);
    assertThat(comparer.compare(clean, noisy).outcome()).isEqualTo(Outcome.PASS);
    assertThat(comparer.compare(clean, noisy).figures().get(0).why())
        .endsWith("the intervals overlap");
  }

  @Test
  void slowerServerLatencyFailsAndAFixedLeakIsAnImprovement() {
    RunEvidence leaking = EvidenceFixtures.run("1.1.0", 0, 300, 280, 320, 1_000);
    RunEvidence slowButFixed = EvidenceFixtures.run("1.2.0", 200_000, 0.5, -1, 2, 21_000);

    RunComparison comparison = comparer.compare(leaking, slowButFixed);

    assertThat(comparison.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(comparison.regressions())
        .extracting(FigureComparison::label)
        .containsExactly("server products.get IntervalP99Micros");
    assertThat(comparison.improvements())
        .extracting(FigureComparison::label)
        .containsExactly("heap.live slope");
  }

  @Test
  void flatSlopeAfterAFallingOneIsNoRegressionOnlyGrowthCounts() {
    // The baseline's live set fell (a cache drained after warm-up): -60 MiB/h (-80 to -40). A flat
    // run is no worse: both are no growth. Compared as measured it read +60 MiB/h "worse".
    RunEvidence draining = EvidenceFixtures.run("1.0.0", 0, -60, -80, -40, 1_000);
    RunEvidence flat = EvidenceFixtures.run("1.0.1", 200_000, 0.5, -1, 2, 1_000);

    RunComparison comparison = comparer.compare(draining, flat);

    assertThat(comparison.outcome()).isEqualTo(Outcome.PASS);
    assertThat(comparison.regressions()).isEmpty();
    FigureComparison slope = comparison.figures().get(0);
    assertThat(slope.change()).isEqualTo(Change.UNCHANGED);
    // The sentence keeps the measured figures.
    assertThat(slope.why()).startsWith("+512 KiB/h (-1.00 MiB/h to +2.00 MiB/h) vs -60.0 MiB/h");
    assertThat(slope.baseline().value()).isEqualTo(-60 * EvidenceFixtures.MIB);
  }

  @Test
  void growthAfterAFallingBaselineIsJudgedFromZero() {
    RunEvidence draining = EvidenceFixtures.run("1.0.0", 0, -60, -80, -40, 1_000);
    // +10 MiB/h over a falling baseline: 70 MiB/h above it, but only 10 above no growth, with an
    // interval reaching down to 0: no regression. +30 (20 to 40) is one.
    RunEvidence slight = EvidenceFixtures.run("a", 200_000, 10, 0, 20, 1_000);
    RunEvidence leaking = EvidenceFixtures.run("b", 200_000, 30, 20, 40, 1_000);

    assertThat(comparer.compare(draining, slight).regressions()).isEmpty();
    assertThat(comparer.compare(draining, leaking).regressions())
        .extracting(FigureComparison::id)
        .containsExactly("slope:heap.live");
  }

  @Test
  void ownDeltaPerResourceReplacesTheDefault() {
    RunEvidence leaking = EvidenceFixtures.run("1.1.0", 200_000, 300, 280, 320, 1_000);
    RegressionRules lenient =
        new RegressionRules(
            8 * EvidenceFixtures.MIB,
            10,
            java.util.Map.of("heap.live", 512 * EvidenceFixtures.MIB),
            0.2,
            2,
            1);

    assertThat(new RunComparer(lenient).compare(clean, leaking).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void newFingerprintsAreThoseTheBaselineLacksAndAbsentOnesAreTolerated() throws Exception {
    VerdictJson json = new VerdictJson();
    Diagnosis before =
        diagnosis(
            json,
            "{\"suspects\":[{\"name\":\"A\",\"resource\":\"heap.live\",\"trace\":{\"fingerprint\":\"f1\"}}]}");
    Diagnosis after =
        diagnosis(
            json,
            "{\"suspects\":[{\"name\":\"A\",\"resource\":\"heap.live\",\"trace\":{\"fingerprint\":\"f1\"}},"
                + "{\"name\":\"B\",\"resource\":\"threads.live\",\"trace\":{\"fingerprint\":\"f2\"}},"
                + "{\"name\":\"C\",\"resource\":\"heap.live\"}]}");

    assertThat(RunComparer.newFingerprints(before, after))
        .containsExactly(new NewFingerprint("f2", "B", "threads.live"));
    assertThat(RunComparer.newFingerprints(null, null)).isEmpty();
  }

  /** A verdict whose diagnosis section is {@code section}, read back as the comparison reads it. */
  private static Diagnosis diagnosis(VerdictJson json, String section) throws Exception {
    return new VerdictDocuments()
        .toDiagnosis(
            json.parse("{\"outcome\":\"PASS\",\"diagnosis\":" + section + "}").diagnosis());
  }
}
