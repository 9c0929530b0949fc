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
 * row per observation, flushed as written so a killed run keeps every sample taken. The text of a
 * row is {@link SamplesCsvRow}'s: RFC 4180, resource ids with commas quoted.
 */
public final class SamplesCsvWriter implements SampleSink, AutoCloseable {
  /** The header line of every samples file. */
  public static final String HEADER = SamplesCsvRow.HEADER;

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
    out.write(SamplesCsvRow.encodedHeader());
    out.flush();
  }

  @Override
  public synchronized void accept(long timestampMs, String resource, double value) {
    try {
      out.write(new SamplesCsvRow(timestampMs, resource, value).encode());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to samples.csv: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
