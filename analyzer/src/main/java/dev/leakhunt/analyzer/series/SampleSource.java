package dev.leakhunt.analyzer.series;

import java.io.IOException;

/**
 * Recorded observations that can be walked more than once, one at a time, so a run of any length is
 * judged in bounded memory: a samples file on disk, or a run held in memory.
 */
public interface SampleSource {
  /** Receives one observation. */
  @FunctionalInterface
  interface Visitor {
    /**
     * @param timestampMs when it was observed, ms since the epoch
     * @param resource the row's id, e.g. {@code heap.live}, {@code capacity:heap.live}, {@code
     *     event:gap}
     * @param value the observed amount
     */
    void visit(long timestampMs, String resource, double value);
  }

  /**
   * Hands every observation to {@code visitor}; each walk gives the same rows in the same order.
   */
  void forEach(Visitor visitor) throws IOException;

  /** What walking the source had to skip; all zero for a source that cannot be malformed. */
  default SamplesHealth health() {
    return SamplesHealth.CLEAN;
  }
}
