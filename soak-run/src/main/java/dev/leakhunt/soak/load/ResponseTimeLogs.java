package dev.leakhunt.soak.load;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Merges the response-time interval logs of several injectors into one, without loss: every
 * recorded value of every log lands in exactly one merged interval (histograms add exactly), so the
 * merged percentiles are those of one histogram of all requests, to HdrHistogram's precision.
 *
 * <p>Merged intervals are fixed windows of {@link #WINDOW_MS} from the earliest start; an input
 * interval goes to the window holding its midpoint (the injectors' intervals are aligned on their
 * common start, give or take scheduling jitter). Untagged intervals hold every request, those
 * tagged {@value #FAILED_TAG} the failed ones, in the logs read and in the log written.
 */
public final class ResponseTimeLogs {
  /** Tag of the intervals that hold the failed requests only (as the simulation writes them). */
  public static final String FAILED_TAG = "failed";

  /** Length of one merged interval, the injectors' own interval. */
  static final long WINDOW_MS = 5_000;

  private ResponseTimeLogs() {}

  /**
   * The total of all the logs' intervals, every request and the failed ones.
   *
   * @throws IOException when a log is missing
   */
  public static Totals total(List<Path> logs) throws IOException {
    Histogram all = newHistogram();
    Histogram failed = newHistogram();
    for (Path log : logs) {
      for (Histogram interval : read(log)) {
        (FAILED_TAG.equals(interval.getTag()) ? failed : all).add(interval);
      }
    }
    return new Totals(all, failed);
  }

  /**
   * Writes one log holding every interval of {@code logs}, summed per window.
   *
   * @return the merged totals
   * @throws IOException when a log is missing or the merged one cannot be written
   */
  public static Totals merge(List<Path> logs, Path merged) throws IOException {
    List<Histogram> intervals = new ArrayList<>();
    for (Path log : logs) {
      intervals.addAll(read(log));
    }
    long baseMs = intervals.stream().mapToLong(Histogram::getStartTimeStamp).min().orElse(0L);
    TreeMap<Long, Histogram> all = new TreeMap<>();
    TreeMap<Long, Histogram> failed = new TreeMap<>();
    for (Histogram interval : intervals) {
      long midMs = (interval.getStartTimeStamp() + interval.getEndTimeStamp()) / 2;
      long window = Math.max(0, (midMs - baseMs) / WINDOW_MS);
      TreeMap<Long, Histogram> windows = FAILED_TAG.equals(interval.getTag()) ? failed : all;
      windows.computeIfAbsent(window, w -> newHistogram()).add(interval);
    }
    Histogram totalAll = newHistogram();
    Histogram totalFailed = newHistogram();
    Files.createDirectories(merged.toAbsolutePath().getParent());
    try (PrintStream out =
        new PrintStream(Files.newOutputStream(merged), false, StandardCharsets.UTF_8)) {
      HistogramLogWriter writer = new HistogramLogWriter(out);
      writer.outputComment(
          "leakhunt client response times of "
              + logs.size()
              + " injector(s), milliseconds; untagged: every request, tag="
              + FAILED_TAG
              + ": failed requests only");
      writer.outputLogFormatVersion();
      writer.outputStartTime(baseMs);
      writer.setBaseTime(baseMs);
      writer.outputLegend();
      for (Long window : all.keySet()) {
        long startMs = baseMs + window * WINDOW_MS;
        Histogram allInWindow = stamped(all.get(window), startMs, null);
        writer.outputIntervalHistogram(allInWindow);
        totalAll.add(allInWindow);
        Histogram failedInWindow = failed.remove(window);
        if (failedInWindow != null) {
          writer.outputIntervalHistogram(stamped(failedInWindow, startMs, FAILED_TAG));
          totalFailed.add(failedInWindow);
        }
      }
      // A failed interval without an untagged twin cannot come from the simulation; keep it anyway.
      for (var rest : failed.entrySet()) {
        writer.outputIntervalHistogram(
            stamped(rest.getValue(), baseMs + rest.getKey() * WINDOW_MS, FAILED_TAG));
        totalFailed.add(rest.getValue());
      }
    }
    return new Totals(totalAll, totalFailed);
  }

  private static Histogram stamped(Histogram histogram, long startMs, String tag) {
    histogram.setStartTimeStamp(startMs);
    histogram.setEndTimeStamp(startMs + WINDOW_MS);
    histogram.setTag(tag);
    return histogram;
  }

  /** Every interval of one log; a torn last line (a killed injector) ends the log there. */
  static List<Histogram> read(Path log) throws IOException {
    if (!Files.isRegularFile(log)) {
      throw new IOException("no response-time log at " + log);
    }
    List<Histogram> intervals = new ArrayList<>();
    HistogramLogReader reader;
    try {
      reader = new HistogramLogReader(log.toFile());
    } catch (FileNotFoundException e) {
      throw new IOException("cannot read " + log + ": " + e.getMessage(), e);
    }
    try {
      EncodableHistogram interval;
      while ((interval = reader.nextIntervalHistogram()) != null) {
        if (interval instanceof Histogram histogram) {
          intervals.add(histogram);
        }
      }
    } catch (RuntimeException e) {
      // A killed injector can tear its last line; keep what was read before it.
    } finally {
      reader.close();
    }
    return intervals;
  }

  private static Histogram newHistogram() {
    Histogram histogram = new Histogram(3);
    histogram.setAutoResize(true);
    return histogram;
  }

  /**
   * Every request's response time and the failed requests', in milliseconds.
   *
   * @param all every request
   * @param failed the failed requests only
   */
  public record Totals(Histogram all, Histogram failed) {
    /** The figures the run reports and judges. */
    public ClientLatency latency(int injectors) {
      return new ClientLatency(
          injectors,
          all.getTotalCount(),
          failed.getTotalCount(),
          all.getTotalCount() == 0 ? 0 : all.getValueAtPercentile(50.0),
          all.getTotalCount() == 0 ? 0 : all.getValueAtPercentile(95.0),
          all.getTotalCount() == 0 ? 0 : all.getValueAtPercentile(99.0),
          all.getTotalCount() == 0 ? 0 : all.getMaxValue());
    }
  }
}
