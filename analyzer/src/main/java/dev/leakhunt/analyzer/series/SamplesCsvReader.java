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
 * Reads a {@code samples.csv} written by {@link SamplesCsvWriter} back into a {@link RecordedRun};
 * files of older versions, with unquoted resource ids, read the same (see {@link SamplesCsvRow}). A
 * torn last record (the run was killed mid-write) is skipped; any other malformed record is an
 * error naming its line number.
 */
public final class SamplesCsvReader {

  /** Reads the whole file. */
  public RecordedRun read(Path file) throws IOException {
    Map<String, List<Point>> rows = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      SamplesCsvRow.Record header = SamplesCsvRow.read(in);
      if (header == null || !header.text().equals(SamplesCsvWriter.HEADER)) {
        throw new IOException(
            file
                + " is not a samples file: the first line must be '"
                + SamplesCsvWriter.HEADER
                + "'");
      }
      SamplesCsvRow.Record record;
      int lineNumber = 2;
      String pendingError = null;
      while ((record = SamplesCsvRow.read(in)) != null) {
        if (pendingError != null) {
          throw new IOException(pendingError);
        }
        try {
          if (!record.complete()) {
            throw new IllegalArgumentException("quoted field not closed");
          }
          SamplesCsvRow row = SamplesCsvRow.decode(record);
          rows.computeIfAbsent(row.resource(), k -> new ArrayList<>())
              .add(new Point(row.timestampMs(), row.value()));
        } catch (IllegalArgumentException e) {
          // Tolerated only as the very last record: a kill can tear the final write.
          pendingError = file + " line " + lineNumber + " is malformed: '" + record.text() + "'";
        }
        lineNumber += 1 + (int) record.text().chars().filter(c -> c == '\n').count();
      }
    }
    return new RecordedRun(rows);
  }
}
