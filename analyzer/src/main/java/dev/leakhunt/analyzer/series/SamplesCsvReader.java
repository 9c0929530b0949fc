package dev.leakhunt.analyzer.series;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code samples.csv} written by {@link SamplesCsvWriter} back into a {@link RecordedRun}.
 * A torn last line (the run was killed mid-write) is skipped; any other malformed line is an error
 * naming the line number.
 */
public final class SamplesCsvReader {

  /** Reads the whole file. */
  public RecordedRun read(Path file) throws IOException {
    Map<String, List<Point>> rows = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null || !header.equals(SamplesCsvWriter.HEADER)) {
        throw new IOException(
            file
                + " is not a samples file: the first line must be '"
                + SamplesCsvWriter.HEADER
                + "'");
      }
      String line;
      int lineNumber = 1;
      String pendingError = null;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (pendingError != null) {
          throw new IOException(pendingError);
        }
        int first = line.indexOf(',');
        int last = line.lastIndexOf(',');
        try {
          if (first <= 0 || last <= first + 1) {
            throw new NumberFormatException("expected timestampMs,resource,value");
          }
          long timestampMs = Long.parseLong(line.substring(0, first));
          double value = Double.parseDouble(line.substring(last + 1));
          rows.computeIfAbsent(line.substring(first + 1, last), k -> new ArrayList<>())
              .add(new Point(timestampMs, value));
        } catch (NumberFormatException e) {
          // Tolerated only as the very last line: a kill can tear the final write.
          pendingError = file + " line " + lineNumber + " is malformed: '" + line + "'";
        }
      }
    }
    return new RecordedRun(rows);
  }
}
