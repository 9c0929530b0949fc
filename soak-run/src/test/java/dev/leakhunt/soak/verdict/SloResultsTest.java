package dev.leakhunt.soak.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SloResultsTest {

  /** The tail of a real Gatling 3.16.0 console output (golden file: catches a format change). */
  private static List<String> realGatlingTail() throws IOException {
    try (InputStream in =
        SloResultsTest.class.getResourceAsStream("/gatling/assertions-3.16.0.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  @Test
  void passingRunGivesOneCheckPerAssertionLine() throws IOException {
    List<CheckResult> checks = SloResults.from(0, realGatlingTail());

    assertThat(checks)
        .extracting(CheckResult::name)
        .containsExactly(
            "Global: 99th percentile of response time is less than 1000.0",
            "Global: count of failed events is 0.0",
            "Global: count of successful events is greater than 0.0");
    assertThat(checks).noneMatch(CheckResult::failed);
    assertThat(checks.get(0).message())
        .isEqualTo("Global: 99th percentile of response time is less than 1000.0 (actual: 7.0)");
  }

  @Test
  void brokenAssertionFailsThatCheckOnly() {
    List<CheckResult> checks =
        SloResults.from(
            2,
            List.of(
                "Global: 99th percentile of response time is less than 1.0 : false (actual : 7.0)",
                "Global: count of failed events is 0.0 : true (actual : 0.0)"));

    assertThat(checks).hasSize(2);
    assertThat(checks.get(0).failed()).isTrue();
    assertThat(checks.get(1).failed()).isFalse();
  }

  @Test
  void crashWithoutAssertionLinesIsAFailedRun() {
    List<CheckResult> checks = SloResults.from(1, List.of("java.lang.IllegalStateException: boom"));

    assertThat(checks)
        .singleElement()
        .satisfies(
            check -> {
              assertThat(check.name()).isEqualTo("gatling-run");
              assertThat(check.failed()).isTrue();
              assertThat(check.message()).contains("exited with 1");
            });
  }

  @Test
  void unfinishedGatlingFails() {
    assertThat(SloResults.from(null, List.of())).singleElement().matches(CheckResult::failed);
  }

  @Test
  void loadStoppedEarlyOnACertainLeakAssertsNoSloAndFailsNothing() {
    List<CheckResult> checks = SloResults.stoppedEarly("2026-11-30T21:00:00Z");
    LeakVerdict leak =
        new LeakVerdict(
            "FAIL",
            "stopped early at 2026-11-30 21:00:00Z, 3 min 40 s after warm-up: leak: heap.live",
            List.of("heap.live"),
            143,
            "command.log",
            1_700_000_000_000L);

    SoakVerdict verdict = new SoakVerdict(leak, checks, List.of(), null);

    assertThat(checks)
        .singleElement()
        .extracting(CheckResult::status)
        .isEqualTo(CheckResult.Status.SKIPPED);
    assertThat(verdict.exitCode()).isEqualTo(1);
    assertThat(verdict.summaryLines())
        .contains("SLO assertions: SKIPPED (0 of 1 held, 1 skipped)")
        .last()
        .isEqualTo("SOAK FAIL: leak (heap.live) (exit code 1)");
  }

  @Test
  void stoppedEarlyTimeIsReadFromTheAnalyzersVerdict(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    java.nio.file.Path file = dir.resolve("verdict.json");
    java.nio.file.Files.writeString(
        file,
        "{\"outcome\":\"FAIL\",\"reason\":\"stopped early\",\"stoppedEarlyAtMs\":1234,"
            + "\"run\":{\"commandExitCode\":143},\"resources\":[]}");

    assertThat(LeakVerdict.read(file, 1).stoppedEarlyAtMs()).isEqualTo(1234L);
    java.nio.file.Files.writeString(file, "{\"outcome\":\"PASS\",\"resources\":[]}");
    assertThat(LeakVerdict.read(file, 0).stoppedEarly()).isFalse();
  }

  @Test
  void mergedLatencyIsJudgedAgainstTheBoundsAndACrashedInjectorFails() {
    dev.leakhunt.soak.load.ClientLatency latency =
        new dev.leakhunt.soak.load.ClientLatency(2, 10_000, 30, 12, 80, 950, 2_400);

    List<CheckResult> held =
        SloResults.fromLatency(latency, 1_000, 1.0, java.util.Map.of(1, 0, 2, 0));
    assertThat(held)
        .extracting(CheckResult::name)
        .containsExactly(
            "p99 response time < 1000 ms",
            "failed requests <= 1.0 %",
            "at least one successful request");
    assertThat(held).noneMatch(CheckResult::failed);
    assertThat(held.get(0).message())
        .isEqualTo(
            "p99 950 ms (p50 12, max 2400 ms) over 10,000 requests from 2 injector(s), merged"
                + " HdrHistogram");

    java.util.Map<Integer, Integer> secondCrashed = new java.util.LinkedHashMap<>();
    secondCrashed.put(1, 0);
    secondCrashed.put(2, 137);
    List<CheckResult> broken = SloResults.fromLatency(latency, 950, 0.0, secondCrashed);
    assertThat(broken)
        .filteredOn(CheckResult::failed)
        .extracting(CheckResult::name)
        .containsExactly(
            "p99 response time < 950 ms", "no failed requests", "gatling-run injector-2");
  }
}
