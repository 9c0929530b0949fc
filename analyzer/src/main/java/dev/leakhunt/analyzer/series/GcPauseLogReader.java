package dev.leakhunt.analyzer.series;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;

/** Reads a {@code gc-pauses.hlog} back and sums its intervals into one histogram. */
public final class GcPauseLogReader {

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
