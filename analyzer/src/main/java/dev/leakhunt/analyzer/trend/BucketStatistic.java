package dev.leakhunt.analyzer.trend;

import dev.leakhunt.contract.run.Units;

/**
 * How the points of one time bucket are summarised before the trend is fitted.
 *
 * <p>Memory ({@code bytes}) is summarised by its minimum: between collections a memory series only
 * rises with allocation and garbage, and the lowest value a bucket saw is the closest it came to
 * the live set, so the minimum tracks the floor a leak raises and ignores the sawtooth, spikes and
 * uncollected garbage above it. Counts (threads, classes, descriptors, MBean counters) are
 * summarised by their median: a leaked thread or descriptor persists, so it moves the median as
 * surely as the maximum, while the median ignores short bursts of pool threads or sockets above the
 * baseline and short dips below it (a maximum would be pulled by every burst, a minimum by every
 * dip).
 */
public enum BucketStatistic {
  /** Lowest value of the bucket, stamped with the time it was observed. */
  MINIMUM,
  /** Median value of the bucket, stamped with the middle of the bucket's observations. */
  MEDIAN;

  /** The statistic for a series unit: {@code bytes} gets the minimum, anything else the median. */
  public static BucketStatistic forUnit(String unit) {
    return Units.BYTES.equals(unit) ? MINIMUM : MEDIAN;
  }
}
