package dev.leakhunt.simulations.latency;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.HdrHistogram.Recorder;

/**
 * Every response time of this injector, in milliseconds (Gatling's resolution), written as an
 * HdrHistogram interval log so that the logs of several injectors merge without loss: untagged
 * intervals hold every request, intervals tagged {@value #FAILED_TAG} the failed ones only. One
 * interval every {@link #INTERVAL}, flushed as written; the last one on {@link #close()}.
 *
 * <p>For tests, every value can also go to a text file, one {@code MILLIS,ok|ko} line per request,
 * so a test can build one histogram from all requests and compare it with the merged logs.
 */
public final class ResponseTimeRecorder implements AutoCloseable {
  /** Tag of the intervals that hold the failed requests only. */
  public static final String FAILED_TAG = "failed";

  /** Length of one logged interval. */
  public static final Duration INTERVAL = Duration.ofSeconds(5);

  private static final int SIGNIFICANT_DIGITS = 3;

  private final Recorder allMs = new Recorder(SIGNIFICANT_DIGITS);
  private final Recorder failedMs = new Recorder(SIGNIFICANT_DIGITS);
  private final PrintStream out;
  private final HistogramLogWriter writer;
  private final BufferedWriter raw;
  private final long baseTimeMs;
  private final ScheduledExecutorService flusher;
  private Histogram recycledAll;
  private Histogram recycledFailed;

  private ResponseTimeRecorder(Path log, Path rawFile, long baseTimeMs) throws IOException {
    this.baseTimeMs = baseTimeMs;
    if (log == null) {
      this.out = null;
      this.writer = null;
      this.flusher = null;
    } else {
      Path absolute = log.toAbsolutePath();
      Files.createDirectories(absolute.getParent());
      this.out = new PrintStream(Files.newOutputStream(absolute), false, StandardCharsets.UTF_8);
      this.writer = new HistogramLogWriter(out);
      writer.outputComment(
          "leakhunt client response times, milliseconds; untagged: every request, tag="
              + FAILED_TAG
              + ": failed requests only");
      writer.outputLogFormatVersion();
      writer.outputStartTime(baseTimeMs);
      writer.setBaseTime(baseTimeMs);
      writer.outputLegend();
      out.flush();
      this.flusher =
          Executors.newSingleThreadScheduledExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "leakhunt-response-time-log");
                thread.setDaemon(true);
                return thread;
              });
      flusher.scheduleAtFixedRate(
          this::writeInterval, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (rawFile == null) {
      this.raw = null;
    } else {
      Path absolute = rawFile.toAbsolutePath();
      Files.createDirectories(absolute.getParent());
      this.raw = Files.newBufferedWriter(absolute, StandardCharsets.UTF_8);
    }
  }

  /**
   * Opens the log (and the raw file) if asked; with neither, recording costs two counters.
   *
   * @param log the interval log, or null for none
   * @param rawFile the raw text file, or null for none
   * @param baseTimeMs the log's start and base time, epoch ms (the injectors' common start)
   * @throws UncheckedIOException naming the file that cannot be written
   */
  public static ResponseTimeRecorder open(Path log, Path rawFile, long baseTimeMs) {
    try {
      return new ResponseTimeRecorder(log, rawFile, baseTimeMs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the response-time log: " + e.getMessage(), e);
    }
  }

  /** Records one request's response time (thread-safe, wait-free without the raw file). */
  public void record(long responseTimeMs, boolean failed) {
    long value = Math.max(0, responseTimeMs);
    allMs.recordValue(value);
    if (failed) {
      failedMs.recordValue(value);
    }
    if (raw != null) {
      writeRaw(value, failed);
    }
  }

  private synchronized void writeRaw(long value, boolean failed) {
    try {
      raw.write(value + (failed ? ",ko" : ",ok"));
      raw.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes what was recorded since the last interval: all requests, then the failed ones. */
  synchronized void writeInterval() {
    if (writer == null) {
      return;
    }
    Histogram all = allMs.getIntervalHistogram(recycledAll);
    Histogram failed = failedMs.getIntervalHistogram(recycledFailed);
    // The recorders exist before the common start; stamp their first interval at it, as
    // HdrHistogram's log processor skips intervals that begin before the base time.
    long startMs = Math.max(all.getStartTimeStamp(), baseTimeMs);
    long endMs = Math.max(all.getEndTimeStamp(), startMs);
    all.setStartTimeStamp(startMs);
    all.setEndTimeStamp(endMs);
    all.setTag(null);
    failed.setStartTimeStamp(startMs);
    failed.setEndTimeStamp(endMs);
    failed.setTag(FAILED_TAG);
    writer.outputIntervalHistogram(all);
    writer.outputIntervalHistogram(failed);
    out.flush();
    recycledAll = all;
    recycledFailed = failed;
  }

  /** Writes the last interval and closes the files. */
  @Override
  public void close() {
    if (flusher != null) {
      flusher.shutdownNow();
    }
    synchronized (this) {
      writeInterval();
      if (out != null) {
        out.close();
      }
      if (raw != null) {
        try {
          raw.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
