package dev.leakhunt.analyzer.series;

import dev.leakhunt.analyzer.sampler.SampleSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streams samples to {@code samples.csv} in long format, {@code timestampMs,resource,value}, one
 * row per observation, flushed as written so a killed run keeps every sample taken.
 *
 * <p>Resource ids may contain commas (MBean ObjectNames do), so readers split on the first and the
 * last comma; values never contain one.
 */
public final class SamplesCsvWriter implements SampleSink, AutoCloseable {
  /** The header line of every samples file. */
  public static final String HEADER = "timestampMs,resource,value";

  private final BufferedWriter out;

  /** Creates (or truncates) the file and writes the header. */
  public SamplesCsvWriter(Path file) throws IOException {
    this.out =
        Files.newBufferedWriter(
            file,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
    out.write(HEADER);
    out.newLine();
    out.flush();
  }

  @Override
  public synchronized void accept(long timestampMs, String resource, double value) {
    try {
      out.write(Long.toString(timestampMs));
      out.write(',');
      out.write(resource);
      out.write(',');
      out.write(format(value));
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to samples.csv: " + e.getMessage(), e);
    }
  }

  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
