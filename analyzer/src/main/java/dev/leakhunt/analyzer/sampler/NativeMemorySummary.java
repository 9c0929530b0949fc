package dev.leakhunt.analyzer.sampler;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The committed bytes per category of a {@code VM.native_memory summary} report, as HotSpot's
 * Native Memory Tracking prints it: a {@code Total: reserved=..., committed=...} line, then one
 * {@code - Category (reserved=..., committed=...)} line per category (Java Heap, Class, Thread,
 * Code, GC, Compiler, Internal, Other, Symbol, Arena Chunk, ...), amounts in the report's scale (KB
 * by default). Categories under 1 KB are left out of the report.
 *
 * @param totalCommittedBytes the whole JVM's committed native memory, heap included
 * @param committedBytesByCategory committed bytes by resource-id category ({@code other}, {@code
 *     arena-chunk}), in report order
 */
public record NativeMemorySummary(
    long totalCommittedBytes, Map<String, Long> committedBytesByCategory) {
  private static final Pattern TOTAL =
      Pattern.compile("^Total: reserved=\\d+\\w*, committed=(\\d+)(\\w*)", Pattern.MULTILINE);
  private static final Pattern CATEGORY =
      Pattern.compile(
          "^-\\s+(\\S.*?)\\s+\\(reserved=\\d+\\w*, committed=(\\d+)(\\w*)\\)", Pattern.MULTILINE);

  public NativeMemorySummary {
    committedBytesByCategory =
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(committedBytesByCategory));
  }

  /**
   * Parses a summary report.
   *
   * @throws IllegalArgumentException when the text holds no {@code Total:} line (NMT off, or not a
   *     summary)
   */
  public static NativeMemorySummary parse(String report) {
    Matcher total = TOTAL.matcher(report);
    if (!total.find()) {
      throw new IllegalArgumentException(
          "not a native memory summary: " + report.strip().lines().findFirst().orElse(""));
    }
    Map<String, Long> categories = new LinkedHashMap<>();
    Matcher category = CATEGORY.matcher(report);
    while (category.find()) {
      categories.put(resourceName(category.group(1)), bytes(category.group(2), category.group(3)));
    }
    return new NativeMemorySummary(bytes(total.group(1), total.group(2)), categories);
  }

  /** {@code Arena Chunk} becomes {@code arena-chunk}: lower case, words joined by hyphens. */
  static String resourceName(String category) {
    return category.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
  }

  private static long bytes(String amount, String unit) {
    long value = Long.parseLong(amount);
    return switch (unit.toUpperCase(Locale.ROOT)) {
      case "KB" -> value * 1024;
      case "MB" -> value * 1024 * 1024;
      case "GB" -> value * 1024 * 1024 * 1024;
      case "", "B" -> value;
      default -> throw new IllegalArgumentException("unknown unit " + unit + " in " + amount);
    };
  }
}
