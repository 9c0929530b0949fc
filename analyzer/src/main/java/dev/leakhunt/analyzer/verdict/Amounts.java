package dev.leakhunt.analyzer.verdict;

import java.time.Duration;
import java.util.Locale;

/** Formats amounts, rates and durations for verdict sentences, in the series' own unit. */
final class Amounts {
  private static final double MIB = 1024.0 * 1024.0;
  private static final double GIB = 1024.0 * MIB;

  private Amounts() {}

  /** "512 MiB", "1.5 GiB", "340 KiB" for bytes; "1,234" or "2.5" for counts. */
  static String amount(double value, String unit) {
    if ("bytes".equals(unit)) {
      double magnitude = Math.abs(value);
      if (magnitude >= GIB) {
        return number(value / GIB) + " GiB";
      }
      if (magnitude >= MIB) {
        return number(value / MIB) + " MiB";
      }
      return number(value / 1024.0) + " KiB";
    }
    return number(value);
  }

  /** "12.3 MiB/h" for bytes, "40/h" for counts. */
  static String rate(double perHour, String unit) {
    return amount(perHour, unit) + "/h";
  }

  /** Three significant digits at most, no exponent for everyday magnitudes. */
  static String number(double value) {
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

  /** "p = 0.23", "p = 3.1e-06". */
  static String pValue(double p) {
    return p >= 0.001
        ? String.format(Locale.ROOT, "p = %.3f", p)
        : String.format(Locale.ROOT, "p = %.1e", p);
  }

  /** "6 h 20 min", "3 d 4 h", "45 min", "under 1 min". */
  static String duration(Duration duration) {
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
}
