package dev.leakhunt.analyzer.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.HistogramLogReader;
import org.HdrHistogram.Recorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcPauseLogWriterTest {
  @TempDir Path dir;

  /**
   * The recorder is made before the run's start (connecting takes time) and may hold pauses from
   * then: read with a range starting at offset 0, as HdrHistogram's log processor reads, none is
   * lost.
   */
  @Test
  void pausesRecordedBeforeTheBaseTimeAreInAnIntervalStartingAtZero() throws Exception {
    Recorder pausesNanos = new Recorder(3);
    pausesNanos.recordValue(40_000_000);
    pausesNanos.recordValue(2_000_000);
    long startMs = System.currentTimeMillis() + 812; // Connecting took 0.812 s.
    Path file = dir.resolve("gc-pauses.hlog");
    try (GcPauseLogWriter writer = new GcPauseLogWriter(file, pausesNanos, startMs)) {
      writer.writeInterval();
      pausesNanos.recordValue(5_000_000);
    }

    HistogramLogReader reader = new HistogramLogReader(file.toFile());
    long count = 0;
    double firstStartSec = Double.NaN;
    EncodableHistogram interval;
    while ((interval = reader.nextIntervalHistogram(0.0, Double.MAX_VALUE)) != null) {
      if (Double.isNaN(firstStartSec)) {
        firstStartSec = (interval.getStartTimeStamp() - startMs) / 1000.0;
      }
      count += ((org.HdrHistogram.Histogram) interval).getTotalCount();
    }
    reader.close();

    assertThat(firstStartSec).isEqualTo(0.0);
    assertThat(count).isEqualTo(3);
    assertThat(new GcPauseLogReader().readTotal(file).getTotalCount()).isEqualTo(3);
  }
}
