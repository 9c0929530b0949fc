package dev.leakhunt.soak.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseTimeLogsTest {
  private static final long START_MS = 1_764_547_200_000L;

  /**
   * Writes an injector's log as the simulation does: every 5 s one untagged interval of all
   * requests and one tagged interval of the failed ones, stamped with a little scheduling jitter.
   */
  private static void writeInjectorLog(
      Path log, long seed, int intervals, Histogram everything, long jitterMs) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    try (PrintStream out =
        new PrintStream(Files.newOutputStream(log), false, StandardCharsets.UTF_8)) {
      HistogramLogWriter writer = new HistogramLogWriter(out);
      writer.outputLogFormatVersion();
      writer.outputStartTime(START_MS);
      writer.setBaseTime(START_MS);
      writer.outputLegend();
      for (int i = 0; i < intervals; i++) {
        Histogram all = new Histogram(3);
        Histogram failed = new Histogram(3);
        for (int request = 0; request < 500; request++) {
          // Long-tailed: mostly tens of ms, some seconds, a few tens of seconds.
          long ms = (long) Math.exp(random.nextDouble(1.0, 10.5));
          all.recordValue(ms);
          everything.recordValue(ms);
          if (random.nextInt(100) == 0) {
            failed.recordValue(ms);
          }
        }
        long startMs = START_MS + i * 5_000L + (i == 0 ? 0 : jitterMs);
        for (Histogram histogram : List.of(all, failed)) {
          histogram.setStartTimeStamp(startMs);
          histogram.setEndTimeStamp(START_MS + (i + 1) * 5_000L + jitterMs);
        }
        failed.setTag(ResponseTimeLogs.FAILED_TAG);
        writer.outputIntervalHistogram(all);
        writer.outputIntervalHistogram(failed);
      }
    }
  }

  @Test
  void mergedLogHoldsEveryRequestAndItsPercentilesAreThoseOfOneHistogramOfAll(@TempDir Path dir)
      throws Exception {
    Histogram everything = new Histogram(3);
    Path first = dir.resolve("injector-1.hlog");
    Path second = dir.resolve("injector-2.hlog");
    writeInjectorLog(first, 1, 12, everything, 3);
    writeInjectorLog(second, 2, 12, everything, -40);
    Path merged = dir.resolve("merged.hlog");

    ResponseTimeLogs.Totals totals = ResponseTimeLogs.merge(List.of(first, second), merged);

    assertThat(totals.all().getTotalCount())
        .isEqualTo(12_000)
        .isEqualTo(everything.getTotalCount());
    for (double percentile : new double[] {50, 95, 99, 99.9, 100}) {
      assertThat(totals.all().getValueAtPercentile(percentile))
          .as("p%s", percentile)
          .isEqualTo(everything.getValueAtPercentile(percentile));
    }
    assertThat(totals.failed().getTotalCount()).isBetween(60L, 180L);
    // Read back, the merged log gives the same totals, one interval per 5 s window.
    ResponseTimeLogs.Totals reread = ResponseTimeLogs.total(List.of(merged));
    assertThat(reread.all()).isEqualTo(totals.all());
    assertThat(reread.failed()).isEqualTo(totals.failed());
    List<Histogram> intervals = ResponseTimeLogs.read(merged);
    assertThat(intervals).hasSize(24);
    assertThat(intervals.get(0).getStartTimeStamp()).isEqualTo(START_MS);
    assertThat(intervals.get(0).getTotalCount()).isEqualTo(1_000);
  }

  @Test
  void latencyFiguresComeFromTheMergedHistogram(@TempDir Path dir) throws Exception {
    Histogram everything = new Histogram(3);
    Path log = dir.resolve("one.hlog");
    writeInjectorLog(log, 7, 2, everything, 0);

    ClientLatency latency = ResponseTimeLogs.total(List.of(log)).latency(1);

    assertThat(latency.requests()).isEqualTo(1_000);
    assertThat(latency.p99Ms()).isEqualTo(everything.getValueAtPercentile(99));
    assertThat(latency.maxMs()).isEqualTo(everything.getMaxValue());
    assertThat(latency.failedPercent()).isEqualTo(100.0 * latency.failedRequests() / 1_000);
    assertThat(latency.describe()).startsWith("client latency over 1,000 requests from 1 injector");
  }

  @Test
  void aTornLastLineKeepsTheIntervalsBeforeIt(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("torn.hlog");
    writeInjectorLog(log, 3, 3, new Histogram(3), 0);
    String text = Files.readString(log);
    Files.writeString(log, text.substring(0, text.length() - 40));

    assertThat(ResponseTimeLogs.read(log)).hasSize(5);
  }
}
