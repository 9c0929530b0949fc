package dev.leakhunt.analyzer.series;

import java.io.FileNotFoundException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.HdrHistogram.Recorder;

/**
 * Writes the GC pauses of each sampling interval to {@code gc-pauses.hlog}, HdrHistogram's interval
 * log, flushed per interval. Values are nanoseconds, the unit HdrHistogram's own log processor
 * assumes by default; every interval starts at or after the log's base time (offset 0).
 */
public final class GcPauseLogWriter implements AutoCloseable {
  private final PrintStream out;
  private final HistogramLogWriter writer;
  private final Recorder pausesNanos;
  private final long baseTimeMs;
  private Histogram recycled;

  /** Opens the log and writes its header; {@code startTimeMs} is the log's base time. */
  public GcPauseLogWriter(Path file, Recorder pausesNanos, long startTimeMs)
      throws FileNotFoundException {
    this.out = new PrintStream(file.toFile());
    this.writer = new HistogramLogWriter(out);
    this.pausesNanos = pausesNanos;
    this.baseTimeMs = startTimeMs;
    writer.outputComment("GC pauses of the target JVM, nanoseconds, one histogram per interval");
    writer.outputLogFormatVersion();
    writer.outputStartTime(startTimeMs);
    writer.setBaseTime(startTimeMs);
    writer.outputLegend();
    out.flush();
  }

  /**
   * Writes the pauses recorded since the last call as one interval. The first interval starts when
   * the recorder was made, a moment before the run's start (connecting takes time); it is stamped
   * at the start instead, because HdrHistogram's {@code HistogramLogProcessor} skips intervals
   * before the base time and would drop their pauses.
   */
  public synchronized void writeInterval() {
    Histogram interval = pausesNanos.getIntervalHistogram(recycled);
    if (interval.getStartTimeStamp() < baseTimeMs) {
      interval.setStartTimeStamp(baseTimeMs);
      interval.setEndTimeStamp(Math.max(interval.getEndTimeStamp(), baseTimeMs));
    }
    writer.outputIntervalHistogram(interval);
    out.flush();
    recycled = interval;
  }

  @Override
  public synchronized void close() {
    writeInterval();
    out.close();
  }
}
