package dev.leakhunt.analyzer.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.compare.Change;
import dev.leakhunt.analyzer.compare.RegressionRules;
import dev.leakhunt.analyzer.evidence.EvidenceFixtures;
import dev.leakhunt.analyzer.evidence.RunEvidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangePointFinderTest {
  @Test
  void leakThenSlowPagesAreTheFirstChangesOfTheirFiguresInAnyInputOrder() {
    RunEvidence clean1 = EvidenceFixtures.run("1.0.0", 0, 0.5, -1, 2, 1_000);
    RunEvidence clean2 = EvidenceFixtures.run("1.0.1", 100_000, 1.0, -0.5, 2.5, 1_100);
    RunEvidence leak = EvidenceFixtures.run("1.1.0", 200_000, 300, 280, 320, 1_050);
    RunEvidence slow = EvidenceFixtures.run("1.2.0", 300_000, 0.8, -1, 2, 41_000);

    RunHistory history =
        new HistoryBuilder(RegressionRules.defaults()).build(List.of(slow, clean2, leak, clean1));

    assertThat(history.runs())
        .extracting(RunEvidence::label)
        .containsExactly("1.0.0", "1.0.1", "1.1.0", "1.2.0");
    assertThat(history.changePoints())
        .extracting(ChangePoint::label, ChangePoint::runIndex, ChangePoint::direction)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("heap.live slope", 2, Change.REGRESSION),
            org.assertj.core.groups.Tuple.tuple("heap.live slope", 3, Change.IMPROVEMENT),
            org.assertj.core.groups.Tuple.tuple(
                "server products.get IntervalP99Micros", 3, Change.REGRESSION));
    ChangePoint leakStart = history.changePoints().get(0);
    assertThat(leakStart.lastBefore()).isEqualTo("1.0.1");
    assertThat(leakStart.firstAfter()).isEqualTo("1.1.0");
    assertThat(leakStart.bisectTags()).containsExactly("version: 1.0.1 -> 1.1.0");
  }

  @Test
  void aNoisyRunInsideTheBandOfEarlierRunsIsNoChange() {
    RunEvidence a = EvidenceFixtures.run("a", 0, 0, -5, 5, 1_000);
    RunEvidence b = EvidenceFixtures.run("b", 100_000, 12, 3, 30, 1_000);
    RunEvidence c = EvidenceFixtures.run("c", 200_000, 2, -4, 9, 1_000);

    assertThat(
            new HistoryBuilder(RegressionRules.defaults()).build(List.of(a, b, c)).changePoints())
        .isEmpty();
  }

  @Test
  void aFlatRunAfterFallingSlopesIsNoChangeButALeakStillIs() {
    // Descriptors closed after warm-up in the first runs (slopes well below zero), then flat, then
    // a leak: only the leak is a change point.
    RunEvidence falling1 = EvidenceFixtures.run("1.0.0", 0, -150, -174, -113, 1_000);
    RunEvidence falling2 = EvidenceFixtures.run("1.0.1", 100_000, -140, -170, -110, 1_000);
    RunEvidence flat = EvidenceFixtures.run("1.0.2", 200_000, 0, -0.5, 0.5, 1_000);
    RunEvidence leak = EvidenceFixtures.run("1.1.0", 300_000, 60, 50, 70, 1_000);

    RunHistory history =
        new HistoryBuilder(RegressionRules.defaults())
            .build(List.of(falling1, falling2, flat, leak));

    assertThat(history.changePoints())
        .extracting(ChangePoint::label, ChangePoint::runIndex, ChangePoint::direction)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("heap.live slope", 3, Change.REGRESSION));
    assertThat(history.changePoints().get(0).why()).startsWith("+60.0 MiB/h (+50.0 MiB/h to");
  }
}
