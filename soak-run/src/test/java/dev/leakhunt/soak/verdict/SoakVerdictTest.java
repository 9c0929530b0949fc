package dev.leakhunt.soak.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoakVerdictTest {
  private static final LeakVerdict LEAK_PASS =
      new LeakVerdict("PASS", "no resource grows", List.of(), 0, "command.log");
  private static final LeakVerdict LEAK_FAIL =
      new LeakVerdict("FAIL", "heap.live grows", List.of("heap.live"), 0, "command.log");
  private static final List<CheckResult> SLO_OK = List.of(CheckResult.passed("slo", "p99", "fine"));
  private static final List<CheckResult> INVARIANTS_OK =
      List.of(CheckResult.passed("invariants", "stock-never-negative", "0 products"));

  @Test
  void allPartsPassingExitsZero() {
    SoakVerdict verdict = new SoakVerdict(LEAK_PASS, SLO_OK, INVARIANTS_OK, null);

    assertThat(verdict.exitCode()).isZero();
    assertThat(verdict.summaryLines())
        .containsExactly(
            "leak verdict:   PASS - no resource grows",
            "SLO assertions: PASS (1 of 1 held)",
            "invariants:     PASS (1 of 1 held)",
            "SOAK PASS (exit code 0)");
  }

  @Test
  void leakFailureNamesTheResourceInTheLastLine() {
    SoakVerdict verdict = new SoakVerdict(LEAK_FAIL, SLO_OK, INVARIANTS_OK, null);

    assertThat(verdict.exitCode()).isEqualTo(1);
    assertThat(verdict.summaryLines())
        .last()
        .isEqualTo("SOAK FAIL: leak (heap.live) (exit code 1)");
  }

  @Test
  void everyFailedPartIsNamed() {
    SoakVerdict verdict =
        new SoakVerdict(
            LEAK_FAIL,
            List.of(CheckResult.of("slo", "p99 below 1000", false, "actual 1500")),
            List.of(CheckResult.of("invariants", "stock-never-negative", false, "3 products")),
            null);

    assertThat(verdict.summaryLines())
        .last()
        .isEqualTo(
            "SOAK FAIL: leak (heap.live); SLO (p99 below 1000); invariants (stock-never-negative)"
                + " (exit code 1)");
  }

  @Test
  void inconclusiveLeakVerdictExitsThree() {
    LeakVerdict inconclusive = new LeakVerdict("INCONCLUSIVE", "too few GCs", List.of(), 0, null);

    assertThat(new SoakVerdict(inconclusive, SLO_OK, INVARIANTS_OK, null).exitCode()).isEqualTo(3);
  }

  @Test
  void missingAnalyzerVerdictOrSetupErrorExitsTwoUnlessSomethingFailed() {
    assertThat(new SoakVerdict(LeakVerdict.missing(2), List.of(), List.of(), null).exitCode())
        .isEqualTo(2);
    assertThat(new SoakVerdict(LEAK_PASS, SLO_OK, INVARIANTS_OK, "shop jar not found").exitCode())
        .isEqualTo(2);
    assertThat(
            new SoakVerdict(
                    LeakVerdict.missing(2),
                    List.of(),
                    List.of(CheckResult.of("invariants", "x", false, "broken")),
                    null)
                .exitCode())
        .isEqualTo(1);
  }

  @Test
  void skippedChecksDoNotFailTheRun() {
    SoakVerdict verdict =
        new SoakVerdict(
            LEAK_PASS,
            SLO_OK,
            List.of(CheckResult.skipped("invariants", "stats-readable", "external target")),
            null);

    assertThat(verdict.exitCode()).isZero();
    assertThat(verdict.summaryLines().get(2))
        .isEqualTo("invariants:     SKIPPED (0 of 1 held, 1 skipped)");
  }

  @Test
  void regressionAgainstTheBaselineFailsTheRunWithItsOwnLine(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path compare = dir.resolve("compare.json");
    java.nio.file.Files.writeString(
        compare,
        "{\"figures\":["
            + "{\"label\":\"heap.live slope\",\"kind\":\"SLOPE\",\"change\":\"REGRESSION\","
            + "\"why\":\"+300 MiB/h\"},"
            + "{\"label\":\"threads.live slope\",\"kind\":\"SLOPE\",\"change\":\"UNCHANGED\","
            + "\"why\":\"flat\"},"
            + "{\"label\":\"GC pause p99\",\"kind\":\"GC_PAUSE\",\"change\":\"SHOWN\","
            + "\"why\":\"shown\"}]}");

    SoakVerdict verdict =
        new SoakVerdict(LEAK_PASS, SLO_OK, INVARIANTS_OK, null, RegressionChecks.read(compare));

    assertThat(verdict.exitCode()).isEqualTo(1);
    assertThat(verdict.summaryLines())
        .contains("vs baseline:    FAIL (1 of 2 held; failed: heap.live slope)")
        .last()
        .isEqualTo("SOAK FAIL: regression (heap.live slope) (exit code 1)");
    assertThat(RegressionChecks.read(dir.resolve("missing.json")).get(0).failed()).isTrue();
  }
}
