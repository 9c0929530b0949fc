package dev.leakhunt.analyzer.series;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Walks a {@code samples.csv} written by {@link SamplesCsvWriter} row by row, in constant memory,
 * skipping what cannot be trusted and counting it ({@link #health()}):
 *
 * <ul>
 *   <li>a line that is not {@code timestampMs,resource,value} (a torn last line is skipped without
 *       being counted: a killed run leaves one);
 *   <li>a timestamp before the run's start, or more than {@value #OUT_OF_ORDER_MS} ms behind the
 *       latest accepted one: rows are written in time order, give or take the collections stamped
 *       with their own end (at most a sampling interval back) and a reconnection's first look at
 *       the last collection;
 *   <li>a timestamp more than {@value #JUMP_MS} ms ahead of the latest accepted one, unless the
 *       next row confirms it (then the clock really moved: kept, counted as a clock jump).
 * </ul>
 *
 * <p>Resource ids may contain commas (ObjectNames): a line is split on its first and last comma.
 */
public final class SamplesCsvScanner implements SampleSource {
  /** How far behind the latest row a row may be stamped before it is taken for corrupt, ms. */
  public static final long OUT_OF_ORDER_MS = 3_600_000;

  /** How far ahead of the latest row a row may jump without confirmation, ms. */
  public static final long JUMP_MS = 3_600_000;

  private final Path file;
  private final long runStartMs;
  private SamplesHealth health = SamplesHealth.CLEAN;

  /**
   * @param file the samples file
   * @param runStartMs when the run started (from {@code run.json}), ms since the epoch; rows
   *     stamped more than {@value #OUT_OF_ORDER_MS} ms before it are corrupt
   */
  public SamplesCsvScanner(Path file, long runStartMs) {
    this.file = file;
    this.runStartMs = runStartMs;
  }

  @Override
  public SamplesHealth health() {
    return health;
  }

  @Override
  public void forEach(Visitor visitor) throws IOException {
    long malformed = 0;
    long outOfOrder = 0;
    long jumped = 0;
    long clockJumps = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null || !header.equals(SamplesCsvWriter.HEADER)) {
        throw new IOException(
            file
                + " is not a samples file: the first line must be '"
                + SamplesCsvWriter.HEADER
                + "'");
      }
      long clockMs = runStartMs;
      Row pendingJump = null;
      boolean lastLineMalformed = false;
      String line;
      while ((line = in.readLine()) != null) {
        Row row = Row.parse(line);
        lastLineMalformed = row == null;
        if (row == null) {
          malformed++;
          continue;
        }
        if (pendingJump != null) {
          if (row.timestampMs() >= pendingJump.timestampMs() - OUT_OF_ORDER_MS) {
            clockJumps++; // Confirmed: the clock moved.
            clockMs = pendingJump.timestampMs();
            visitor.visit(pendingJump.timestampMs(), pendingJump.resource(), pendingJump.value());
          } else {
            jumped++;
          }
          pendingJump = null;
        }
        if (row.timestampMs() < runStartMs - OUT_OF_ORDER_MS
            || row.timestampMs() < clockMs - OUT_OF_ORDER_MS) {
          outOfOrder++;
          continue;
        }
        if (row.timestampMs() > clockMs + JUMP_MS) {
          pendingJump = row;
          continue;
        }
        clockMs = Math.max(clockMs, row.timestampMs());
        visitor.visit(row.timestampMs(), row.resource(), row.value());
      }
      if (pendingJump != null) {
        jumped++; // Nothing after it to confirm the jump.
      }
      if (lastLineMalformed) {
        malformed--; // A torn last line: the run was killed mid-write.
      }
    }
    health = new SamplesHealth(malformed, outOfOrder, jumped, clockJumps);
  }

  private record Row(long timestampMs, String resource, double value) {
    static Row parse(String line) {
      int first = line.indexOf(',');
      int last = line.lastIndexOf(',');
      if (first <= 0 || last <= first + 1) {
        return null;
      }
      try {
        return new Row(
            Long.parseLong(line.substring(0, first)),
            unquoted(line.substring(first + 1, last)),
            Double.parseDouble(line.substring(last + 1)));
      } catch (NumberFormatException e) {
        return null;
      }
    }

    /** An RFC 4180 quoted field ({@code "a,b"} with {@code ""} for a quote) read as its text. */
    private static String unquoted(String field) {
      if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
        return field.substring(1, field.length() - 1).replace("\"\"", "\"");
      }
      return field;
    }
  }
}
