package dev.leakhunt.analyzer.verdict;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats amounts, rates, durations and instants the same way in every message and report. */
public final class Figures {
  private static final String[] BYTE_UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};
  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private Figures() {}

  /** An amount in its unit: {@code 12.3 MiB} for bytes, {@code 1234} for counts. */
  public static String amount(double value, String unit) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (!"bytes".equals(unit)) {
      return value == Math.rint(value) || Math.abs(value) >= 100
          ? String.format(Locale.ROOT, "%.0f", value)
          : String.format(Locale.ROOT, "%.2f", value);
    }
    double scaled = Math.abs(value);
    int unitIndex = 0;
    while (scaled >= 1024 && unitIndex < BYTE_UNITS.length - 1) {
      scaled /= 1024;
      unitIndex++;
    }
    String sign = value < 0 ? "-" : "";
    return unitIndex == 0
        ? String.format(Locale.ROOT, "%s%.0f B", sign, scaled)
        : String.format(Locale.ROOT, "%s%.1f %s", sign, scaled, BYTE_UNITS[unitIndex]);
  }

  /** A rate per hour with its sign: {@code +12.3 MiB/h}, {@code -4/h}. */
  public static String ratePerHour(double value, String unit) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return (value >= 0 ? "+" : "") + amount(value, unit) + "/h";
  }

  /** A duration the way people say it: {@code 6 h 20 min}, {@code 45 s}. */
  public static String duration(Duration duration) {
    if (duration == null) {
      return "n/a";
    }
    long seconds = duration.getSeconds();
    if (seconds >= 86_400) {
      return (seconds / 86_400) + " d " + (seconds % 86_400) / 3600 + " h";
    }
    if (seconds >= 3600) {
      return (seconds / 3600) + " h " + (seconds % 3600) / 60 + " min";
    }
    if (seconds >= 60) {
      return (seconds / 60) + " min " + seconds % 60 + " s";
    }
    return seconds + " s";
  }

  /** An instant in UTC, to the second: {@code 2026-11-25 05:12:03Z}. */
  public static String instant(long epochMs) {
    return UTC_TIME.format(Instant.ofEpochMilli(epochMs));
  }
}
