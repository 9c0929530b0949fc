package dev.leakhunt.analyzer.report;

import dev.leakhunt.contract.run.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart's value axis: a range that starts and ends on a tick, and ticks a reader can use. Counts
 * tick in whole units (threads, descriptors and classes come in ones), bytes in powers of two of a
 * binary unit (0, 64, 128 MiB), and a range of values that are never negative never gets a negative
 * tick.
 *
 * @param low the axis' lowest value, a tick
 * @param high the axis' highest value, a tick
 * @param step the distance between ticks, in the resource's unit
 * @param unitSize the size of the label's unit in the resource's unit (1024 for KiB)
 * @param suffix the label's unit, with its leading space, or empty
 * @param decimals how many decimals the labels show
 */
record AxisTicks(
    double low, double high, double step, double unitSize, String suffix, int decimals) {
  /** About this many intervals between ticks; at most {@link #MAX_INTERVALS}. */
  static final int TARGET_INTERVALS = 4;

  static final int MAX_INTERVALS = 6;
  private static final String[] BINARY_UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

  /**
   * The axis for values from {@code min} to {@code max}.
   *
   * @param unit {@code bytes}, {@code count}, or anything else for plain decimal ticks
   */
  static AxisTicks of(double min, double max, String unit) {
    boolean bytes = Units.BYTES.equals(unit);
    boolean count = Units.COUNT.equals(unit);
    boolean neverNegative = min >= 0;
    if (max - min <= 0) {
      double widen = Math.max(bytes || count ? 1 : Math.ulp(max) * 16, Math.abs(max) * 0.05);
      min -= widen;
      max += widen;
    }
    if (neverNegative) {
      min = Math.max(0, min);
    }
    double raw = (max - min) / TARGET_INTERVALS;
    double unitSize = 1;
    String suffix = "";
    double step;
    if (bytes) {
      // A power of two of bytes, labelled in the largest unit it is a whole number of: 1 MiB,
      // not 1024 KiB.
      step = powerOfTwoAtLeast(raw);
      int index = 0;
      while (index < BINARY_UNITS.length - 1 && step >= unitSize * 1024) {
        unitSize *= 1024;
        index++;
      }
      suffix = " " + BINARY_UNITS[index];
    } else if (count && max - min >= 1) {
      step = Math.max(1, oneTwoFiveAtLeast(raw));
    } else {
      step = oneTwoFiveAtLeast(raw);
    }
    double low = Math.floor(min / step) * step;
    double high = Math.ceil(max / step) * step;
    for (int i = 0; i < 8 && (high - low) / step > MAX_INTERVALS; i++) {
      step *= 2;
      low = Math.floor(min / step) * step;
      high = Math.ceil(max / step) * step;
    }
    if (high <= low) {
      high = low + step;
    }
    double stepInUnit = step / unitSize;
    int decimals =
        stepInUnit >= 1 ? 0 : (int) Math.min(6, Math.ceil(-Math.log10(stepInUnit) - 1e-9));
    return new AxisTicks(low, high, step, unitSize, suffix, decimals);
  }

  /** The tick values, from low to high. */
  List<Double> values() {
    List<Double> values = new ArrayList<>();
    long intervals = Math.round((high - low) / step);
    for (long i = 0; i <= intervals; i++) {
      values.add(low + i * step);
    }
    return values;
  }

  /** The label of a tick value. */
  String label(double value) {
    double scaled = value / unitSize;
    if (Math.abs(scaled) < step / unitSize / 1e6) {
      scaled = 0; // No "-0".
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", scaled) + suffix;
  }

  private static double powerOfTwoAtLeast(double value) {
    double step = 1;
    while (step < value) {
      step *= 2;
    }
    return step;
  }

  /** The smallest of 1, 2, 5 times a power of ten that is at least {@code value}. */
  static double oneTwoFiveAtLeast(double value) {
    if (!(value > 0)) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double factor : new double[] {1, 2, 5, 10}) {
      if (factor * magnitude >= value * (1 - 1e-12)) {
        return factor * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
