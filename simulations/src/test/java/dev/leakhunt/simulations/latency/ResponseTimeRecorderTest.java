package dev.leakhunt.simulations.latency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseTimeRecorderTest {

  @Test
  void everyResponseTimeIsInTheLogAndFailedOnesAlsoUnderTheirTag(@TempDir Path folder)
      throws Exception {
    Path log = folder.resolve("injector-1/response-times-ms.hlog");
    Path raw = folder.resolve("injector-1/response-times-ms.txt");
    long startMs = System.currentTimeMillis();
    try (ResponseTimeRecorder recorder = ResponseTimeRecorder.open(log, raw, startMs)) {
      for (int ms = 1; ms <= 1_000; ms++) {
        recorder.record(ms, ms % 100 == 0);
      }
      recorder.writeInterval();
      recorder.record(5_000, true);
    }

    Histogram all = new Histogram(3);
    Histogram failed = new Histogram(3);
    HistogramLogReader reader = new HistogramLogReader(log.toFile());
    EncodableHistogram interval;
    while ((interval = reader.nextIntervalHistogram()) != null) {
      Histogram histogram = (Histogram) interval;
      assertThat(histogram.getStartTimeStamp()).isGreaterThanOrEqualTo(startMs);
      if (ResponseTimeRecorder.FAILED_TAG.equals(histogram.getTag())) {
        failed.add(histogram);
      } else {
        all.add(histogram);
      }
    }
    reader.close();

    assertThat(all.getTotalCount()).isEqualTo(1_001);
    // 1,001 values: the 50th percentile is the 501st, 501 ms (exact below 2,048 at 3 digits).
    assertThat(all.getValueAtPercentile(50.0)).isEqualTo(501);
    assertThat(all.getMaxValue()).isEqualTo(all.highestEquivalentValue(5_000));
    assertThat(failed.getTotalCount()).isEqualTo(11);
    assertThat(Files.readAllLines(raw)).hasSize(1_001).contains("100,ko", "99,ok", "5000,ko");
  }

  @Test
  void withoutFilesRecordingWritesNothing(@TempDir Path folder) throws Exception {
    try (ResponseTimeRecorder recorder =
        ResponseTimeRecorder.open(null, null, System.currentTimeMillis())) {
      recorder.record(12, false);
    }
    try (var files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }
}
