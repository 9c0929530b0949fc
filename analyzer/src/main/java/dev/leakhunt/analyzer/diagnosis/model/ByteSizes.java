package dev.leakhunt.analyzer.diagnosis.model;

import java.util.Locale;

/** Formats byte counts for people: {@code 1536} is {@code 1.5 KiB}. */
public final class ByteSizes {
  private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

  private ByteSizes() {}

  /** The count in the largest binary unit that keeps it at or above 1, one decimal place. */
  public static String format(long bytes) {
    double value = Math.abs((double) bytes);
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    String sign = bytes < 0 ? "-" : "";
    return unit == 0
        ? sign + (long) value + " B"
        : String.format(Locale.ROOT, "%s%.1f %s", sign, value, UNITS[unit]);
  }
}
