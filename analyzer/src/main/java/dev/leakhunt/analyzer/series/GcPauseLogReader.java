package dev.leakhunt.analyzer.series;

import dev.leakhunt.contract.verdict.GcPauseSummary;
import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;

/** Reads a {@code gc-pauses.hlog} back and sums its intervals into one histogram. */
public final class GcPauseLogReader {
  private static final double NANOS_PER_MS = 1_000_000.0;

  /** The percentiles of every pause in the log; {@link GcPauseSummary#NONE} without a log. */
  public GcPauseSummary readSummary(Path file) throws FileNotFoundException {
    return Files.isRegularFile(file) ? summary(readTotal(file)) : GcPauseSummary.NONE;
  }

  /** Summarizes a histogram of pauses recorded in nanoseconds. */
  static GcPauseSummary summary(Histogram pausesNanos) {
    if (pausesNanos.getTotalCount() == 0) {
      return GcPauseSummary.NONE;
    }
    return new GcPauseSummary(
        pausesNanos.getTotalCount(),
        pausesNanos.getValueAtPercentile(50) / NANOS_PER_MS,
        pausesNanos.getValueAtPercentile(90) / NANOS_PER_MS,
        pausesNanos.getValueAtPercentile(99) / NANOS_PER_MS,
        pausesNanos.getValueAtPercentile(99.9) / NANOS_PER_MS,
        pausesNanos.getMaxValue() / NANOS_PER_MS,
        pausesNanos.getMean() * pausesNanos.getTotalCount() / NANOS_PER_MS);
  }

  /** The sum of every interval in the log, in nanoseconds; empty when the log holds none. */
  public Histogram readTotal(Path file) throws FileNotFoundException {
    Histogram total = new Histogram(3);
    HistogramLogReader reader = new HistogramLogReader(file.toFile());
    try {
      EncodableHistogram interval;
      while ((interval = reader.nextIntervalHistogram()) != null) {
        if (interval instanceof Histogram histogram) {
          total.add(histogram);
        }
      }
    } catch (RuntimeException e) {
      // A killed run can tear the last line; keep what was read before it.
    } finally {
      reader.close();
    }
    return total;
  }
}
