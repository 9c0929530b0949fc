package dev.leakhunt.analyzer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
  private static final long START_MS = 1_790_000_000_000L;

  @Test
  void duringWarmupTheLineSaysWhenJudgingStartsNotThatTheRunIsTooShort() {
    LiveHeapTracker tracker = new LiveHeapTracker((t, r, v) -> {});
    tracker.accept(START_MS, "capacity:heap.live", 256 * 1024 * 1024);
    tracker.accept(START_MS + 30_000, "heap.live", 20 * 1024 * 1024);

    String line =
        new ProgressLine()
            .render(
                60_000,
                Duration.ofMinutes(10),
                tracker,
                START_MS + 120_000,
                Duration.ofSeconds(20),
                Duration.ofMinutes(2));

    assertThat(line)
        .startsWith("analyzer: 1m of 10m (9m left), heap after last GC 20.0 MiB")
        .endsWith(", warming up: judging starts at 2m (in 1m)")
        .doesNotContain("watch longer")
        .doesNotContain("only 0 samples");
  }

  @Test
  void afterWarmupWithTooFewPointsTheJudgesReasonIsShown() {
    LiveHeapTracker tracker = new LiveHeapTracker((t, r, v) -> {});
    tracker.accept(START_MS + 130_000, "heap.live", 20 * 1024 * 1024);

    String line =
        new ProgressLine()
            .render(
                150_000,
                Duration.ofMinutes(10),
                tracker,
                START_MS + 120_000,
                Duration.ofSeconds(20),
                Duration.ofMinutes(2));

    assertThat(line).contains("slope not judged yet (").doesNotContain("warming up");
  }
}
