package dev.leakhunt.analyzer.compare;

/** How a key figure moved from the baseline to the run. */
public enum Change {
  /** Worse beyond both runs' noise and by at least the practical delta: fails the comparison. */
  REGRESSION,
  /** Better beyond both runs' noise and by at least the practical delta. */
  IMPROVEMENT,
  /** Within the noise, or by less than the practical delta. */
  UNCHANGED,
  /** A figure that is shown but has no rule (GC pauses, the live-set floor). */
  SHOWN,
  /** Present in one run only, so it cannot be compared. */
  NOT_COMPARABLE
}
