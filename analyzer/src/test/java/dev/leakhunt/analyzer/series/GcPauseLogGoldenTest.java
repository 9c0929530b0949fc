package dev.leakhunt.analyzer.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code golden/gc-pauses.hlog}, written once by {@link GcPauseLogWriter}: three intervals holding
 * pauses of 40 and 2 ms, 5 and 5 ms, then 120 ms. Today's reader reads them from it, and what
 * today's writer writes reads back as what was recorded.
 */
class GcPauseLogGoldenTest {
  private static final long[] PAUSES_NANOS = {
    40_000_000, 2_000_000, 5_000_000, 5_000_000, 120_000_000
  };

  @TempDir Path dir;

  @Test
  void goldenFileReadsAsThePausesItWasWrittenFrom() throws IOException {
    Path file = dir.resolve("gc-pauses.hlog");
    try (InputStream in =
        GcPauseLogGoldenTest.class.getResourceAsStream(
            "/dev/leakhunt/analyzer/golden/gc-pauses.hlog")) {
      Files.copy(in, file);
    }

    Histogram total = new GcPauseLogReader().readTotal(file);

    assertThat(total).isEqualTo(recorded());
    assertThat(total.getTotalCount()).isEqualTo(5);
    assertThat(total.getValueAtPercentile(50)).isBetween(4_995_000L, 5_005_000L);
    assertThat(total.getMaxValue()).isBetween(119_900_000L, 120_100_000L);
  }

  @Test
  void writtenPausesReadBackEqual() throws IOException {
    Path file = dir.resolve("gc-pauses.hlog");
    Recorder pausesNanos = new Recorder(3);
    try (GcPauseLogWriter writer =
        new GcPauseLogWriter(file, pausesNanos, System.currentTimeMillis())) {
      pausesNanos.recordValue(PAUSES_NANOS[0]);
      pausesNanos.recordValue(PAUSES_NANOS[1]);
      writer.writeInterval();
      pausesNanos.recordValue(PAUSES_NANOS[2]);
      pausesNanos.recordValue(PAUSES_NANOS[3]);
      writer.writeInterval();
      pausesNanos.recordValue(PAUSES_NANOS[4]);
    }

    assertThat(new GcPauseLogReader().readTotal(file)).isEqualTo(recorded());
  }

  private static Histogram recorded() {
    Histogram histogram = new Histogram(3);
    for (long pause : PAUSES_NANOS) {
      histogram.recordValue(pause);
    }
    return histogram;
  }
}
