package dev.leakhunt.analyzer.diagnosis.parse;

import dev.leakhunt.analyzer.diagnosis.model.LoaderTypeStats;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of {@code VM.classloader_stats} and sums it per loader type. The command lists one
 * line per loader (address, parent, CLD, classes, chunk bytes, block bytes, type); hidden classes
 * get an indented continuation line, which is counted with its loader's classes.
 */
public final class ClassLoaderStatsParser {
  private static final Pattern LOADER =
      Pattern.compile(
          "^\\s*0x\\p{XDigit}+\\s+0x\\p{XDigit}+\\s+0x\\p{XDigit}+\\s+(\\d+)\\s+(\\d+)\\s+\\d+\\s+(.+?)\\s*$");

  private ClassLoaderStatsParser() {}

  /**
   * The loader types found, sorted by name.
   *
   * @throws IllegalArgumentException when the text holds no loader line
   */
  public static List<LoaderTypeStats> parse(String text) {
    Map<String, long[]> byType = new TreeMap<>();
    for (String line : text.split("\\R")) {
      Matcher m = LOADER.matcher(line);
      if (m.matches()) {
        long[] sums = byType.computeIfAbsent(m.group(3), k -> new long[3]);
        sums[0]++;
        sums[1] += Long.parseLong(m.group(1));
        sums[2] += Long.parseLong(m.group(2));
      }
    }
    if (byType.isEmpty()) {
      throw new IllegalArgumentException(
          "VM.classloader_stats output needs lines like '0x.. 0x.. 0x.. 1 512 422 TypeName'"
              + " (got "
              + text.strip().lines().findFirst().map(l -> "'" + l + "'").orElse("empty output")
              + ")");
    }
    return byType.entrySet().stream()
        .map(
            e -> new LoaderTypeStats(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
        .toList();
  }
}
