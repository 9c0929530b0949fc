package dev.leakhunt.analyzer.diagnosis.parse;

import dev.leakhunt.analyzer.diagnosis.model.ClassHistogram;
import dev.leakhunt.analyzer.diagnosis.model.HistogramRow;
import dev.leakhunt.analyzer.diagnosis.model.JvmClassNames;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of {@code GC.class_histogram} (JDK 9+ layout, with or without the module column)
 * into a {@link ClassHistogram}.
 */
public final class ClassHistogramParser {
  private static final Pattern ROW =
      Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)(?:\\s+\\(.*\\))?\\s*$");
  private static final Pattern TOTAL = Pattern.compile("^\\s*Total\\s+(\\d+)\\s+(\\d+)\\s*$");

  private ClassHistogramParser() {}

  /**
   * Parses one histogram.
   *
   * @param text the command's output
   * @param takenAtMs when it was requested, ms since the epoch
   * @param durationMs how long it took, ms
   * @throws IllegalArgumentException when the text has no histogram rows or no total line
   */
  public static ClassHistogram parse(String text, long takenAtMs, long durationMs) {
    List<HistogramRow> rows = new ArrayList<>();
    long totalInstances = -1;
    long totalBytes = -1;
    for (String line : text.split("\\R")) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        rows.add(
            new HistogramRow(
                // Hidden classes and lambdas: one name per kind, not one per address.
                JvmClassNames.stableName(JvmClassNames.toSourceName(row.group(3))),
                Long.parseLong(row.group(1)),
                Long.parseLong(row.group(2))));
        continue;
      }
      Matcher total = TOTAL.matcher(line);
      if (total.matches()) {
        totalInstances = Long.parseLong(total.group(1));
        totalBytes = Long.parseLong(total.group(2));
      }
    }
    if (rows.isEmpty() || totalBytes < 0) {
      throw new IllegalArgumentException(
          "a class histogram needs rows like '1: 10 160 java.lang.String' and a 'Total' line"
              + " (got: "
              + firstLine(text)
              + ")");
    }
    return new ClassHistogram(takenAtMs, durationMs, rows, totalInstances, totalBytes);
  }

  private static String firstLine(String text) {
    String first = text.strip().lines().findFirst().orElse("");
    return first.isEmpty() ? "empty output" : "'" + first + "'";
  }
}
