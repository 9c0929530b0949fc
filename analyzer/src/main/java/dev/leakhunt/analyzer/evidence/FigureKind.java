package dev.leakhunt.analyzer.evidence;

/** What a key figure measures, which decides the rule a comparison applies to it. */
public enum FigureKind {
  /** A judged resource's growth per hour, with Sen's 95 % interval. */
  SLOPE(true),
  /** A server-side latency percentile recorded with {@code --latency}: median over the window. */
  SERVER_LATENCY(true),
  /** The load generator's own p99 response time over the run (Gatling), ms. */
  LOAD_P99(true),
  /** The load generator's failed requests, percent. */
  LOAD_ERRORS(true),
  /** A GC pause percentile, ms: shown, not ruled (pauses depend on the heap's size at the end). */
  GC_PAUSE(false),
  /** The live set's floor at an elapsed time: shown, not ruled (the slope carries the rule). */
  LIVE_SET_FLOOR(false);

  private final boolean ruled;

  FigureKind(boolean ruled) {
    this.ruled = ruled;
  }

  /** Whether a comparison can call a change of this figure a regression. */
  public boolean ruled() {
    return ruled;
  }
}
