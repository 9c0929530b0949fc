package dev.leakhunt.soak.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code golden/response-times.hlog}, written once by the simulations' {@code
 * ResponseTimeRecorder}: 12, 15 and 480 ms (failed), an interval, then 20 and 900 ms (failed).
 * Today's reader reads those requests from it, and a merge of it reads back equal.
 */
class ResponseTimeLogsGoldenTest {
  @TempDir Path dir;

  @Test
  void goldenLogReadsAsTheRequestsItWasWrittenFrom() throws IOException {
    ResponseTimeLogs.Totals totals = ResponseTimeLogs.total(List.of(golden()));

    assertThat(totals.all()).isEqualTo(histogramOf(12, 15, 480, 20, 900));
    assertThat(totals.failed()).isEqualTo(histogramOf(480, 900));
    assertThat(totals.latency(1).requests()).isEqualTo(5);
    assertThat(totals.latency(1).failedRequests()).isEqualTo(2);
  }

  @Test
  void mergedGoldenLogReadsBackEqual() throws IOException {
    Path golden = golden();
    ResponseTimeLogs.Totals read = ResponseTimeLogs.total(List.of(golden));

    ResponseTimeLogs.merge(List.of(golden), dir.resolve("merged.hlog"));

    ResponseTimeLogs.Totals merged = ResponseTimeLogs.total(List.of(dir.resolve("merged.hlog")));
    assertThat(merged.all()).isEqualTo(read.all());
    assertThat(merged.failed()).isEqualTo(read.failed());
  }

  private Path golden() throws IOException {
    Path file = dir.resolve("response-times.hlog");
    try (InputStream in =
        ResponseTimeLogsGoldenTest.class.getResourceAsStream("golden/response-times.hlog")) {
      Files.copy(in, file);
    }
    return file;
  }

  private static Histogram histogramOf(long... valuesMs) {
    Histogram histogram = new Histogram(3);
    for (long value : valuesMs) {
      histogram.recordValue(value);
    }
    return histogram;
  }
}
