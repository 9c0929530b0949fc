package dev.leakhunt.analyzer.trend;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The median of a stream of values in bounded memory: exact while the values take at most {@value
 * #MAX_DISTINCT} distinct values (counts such as threads, classes and descriptors always do: the
 * values are kept as a frequency table), otherwise estimated from a uniform sample of {@value
 * #SAMPLE_SIZE} of them (reservoir sampling, fixed seed, so the same input gives the same median;
 * the sample median's rank is within about 2 % of the middle for any distribution).
 */
final class MedianAccumulator {
  /** Most distinct values kept exactly: about 100 KiB of table. */
  static final int MAX_DISTINCT = 1024;

  /** Size of the uniform sample once the values are too varied to count. */
  static final int SAMPLE_SIZE = 2048;

  private Map<Double, long[]> counts = new HashMap<>();
  private double[] sample;
  private long seen;
  private final SplittableRandom random = new SplittableRandom(0x5EED);

  void add(double value) {
    seen++;
    if (counts != null) {
      counts.computeIfAbsent(value, v -> new long[1])[0]++;
      if (counts.size() > MAX_DISTINCT) {
        sampleFromCounts();
      }
      return;
    }
    // Algorithm R: the seen-th value replaces a random slot with probability SAMPLE_SIZE / seen.
    long slot = random.nextLong(seen);
    if (slot < SAMPLE_SIZE) {
      sample[(int) slot] = value;
    }
  }

  /** Values added so far. */
  long count() {
    return seen;
  }

  /** The median (mean of the two middle values for an even count), or NaN when empty. */
  double median() {
    if (seen == 0) {
      return Double.NaN;
    }
    if (counts == null) {
      double[] sorted = sample.clone();
      Arrays.sort(sorted);
      int mid = sorted.length / 2;
      return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
    double[] values = new double[counts.size()];
    int i = 0;
    for (Double value : counts.keySet()) {
      values[i++] = value;
    }
    Arrays.sort(values);
    long mid = seen / 2;
    return seen % 2 == 1
        ? valueAtRank(values, mid)
        : (valueAtRank(values, mid - 1) + valueAtRank(values, mid)) / 2;
  }

  private double valueAtRank(double[] sortedValues, long rank) {
    long below = 0;
    for (double value : sortedValues) {
      below += counts.get(value)[0];
      if (rank < below) {
        return value;
      }
    }
    return sortedValues[sortedValues.length - 1];
  }

  /** Draws the sample from the table (with replacement), then continues by reservoir sampling. */
  private void sampleFromCounts() {
    double[] values = new double[counts.size()];
    long[] cumulative = new long[counts.size()];
    int i = 0;
    long total = 0;
    for (Map.Entry<Double, long[]> entry : counts.entrySet()) {
      values[i] = entry.getKey();
      total += entry.getValue()[0];
      cumulative[i++] = total;
    }
    sample = new double[SAMPLE_SIZE];
    for (int slot = 0; slot < SAMPLE_SIZE; slot++) {
      long rank = random.nextLong(total);
      int at = Arrays.binarySearch(cumulative, rank + 1);
      sample[slot] = values[at >= 0 ? at : -at - 1];
    }
    counts = null;
  }
}
