package dev.leakhunt.analyzer.text;

import dev.leakhunt.contract.run.Units;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats amounts, rates, p-values, durations and instants for people, the same way in every
 * verdict sentence, report, progress line and diagnosis: three significant digits at most, bytes in
 * binary units ({@code 512 MiB}, {@code 1.50 GiB}, {@code 9.19 MiB/h}), counts with a thousands
 * separator ({@code 1,234}).
 */
public final class Figures {
  private static final String[] BYTE_UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};
  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private Figures() {}

  /** An amount in its unit: {@code 12.3 MiB}, {@code 512 B} for bytes, {@code 1,234} for counts. */
  public static String amount(double value, String unit) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (!Units.BYTES.equals(unit)) {
      return number(value);
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
        : sign + number(scaled) + " " + BYTE_UNITS[unitIndex];
  }

  /** A byte count: {@code 1.50 KiB}. */
  public static String bytes(double value) {
    return amount(value, Units.BYTES);
  }

  /** A rate per hour: {@code 12.3 MiB/h}, {@code -4/h}. */
  public static String rate(double perHour, String unit) {
    return amount(perHour, unit) + "/h";
  }

  /** A change per hour, signed: {@code +12.3 MiB/h}, {@code -4/h}. */
  public static String ratePerHour(double value, String unit) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return (value >= 0 ? "+" : "") + rate(value, unit);
  }

  /** Three significant digits at most, no exponent for everyday magnitudes: 1,234, 12.3, 0.42. */
  public static String number(double value) {
    double magnitude = Math.abs(value);
    if (magnitude >= 100 || magnitude == 0) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (magnitude >= 0.01) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.2g", value);
  }

  /** {@code p = 0.235}, {@code p = 3.1e-06}. */
  public static String pValue(double p) {
    return p >= 0.001
        ? String.format(Locale.ROOT, "p = %.3f", p)
        : String.format(Locale.ROOT, "p = %.1e", p);
  }

  /** A measured duration, to the second: {@code 6 h 20 min}, {@code 3 min 5 s}, {@code 45 s}. */
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

  /**
   * A projected duration, to the minute (a projection is no more precise): {@code 6 h 20 min},
   * {@code 3 d 4 h}, {@code 45 min}, {@code under 1 min}.
   */
  public static String projection(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes < 1) {
      return "under 1 min";
    }
    long days = minutes / (24 * 60);
    long hours = (minutes / 60) % 24;
    long mins = minutes % 60;
    if (days > 0) {
      return days + " d " + hours + " h";
    }
    if (hours > 0) {
      return hours + " h " + mins + " min";
    }
    return mins + " min";
  }

  /** An instant in UTC, to the second: {@code 2026-11-25 05:12:03Z}. */
  public static String instant(long epochMs) {
    return UTC_TIME.format(Instant.ofEpochMilli(epochMs));
  }
}
