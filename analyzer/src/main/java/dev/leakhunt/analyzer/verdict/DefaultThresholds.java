package dev.leakhunt.analyzer.verdict;

/** Placeholder, calibrated below. */
public final class DefaultThresholds {
  private static final double MIB = 1024.0 * 1024.0;

  /** Significance level of every default. */
  public static final double SIGNIFICANCE_LEVEL = 0.001;

  private DefaultThresholds() {}

  /** The default threshold for a resource id and unit. */
  public static Threshold forResource(String resource, String unit) {
    if (resource.startsWith("heap.")) {
      return new Threshold(16 * MIB, 0.02, SIGNIFICANCE_LEVEL);
    }
    return "bytes".equals(unit)
        ? new Threshold(8 * MIB, 0.02, SIGNIFICANCE_LEVEL)
        : new Threshold(10, 0.02, SIGNIFICANCE_LEVEL);
  }
}
