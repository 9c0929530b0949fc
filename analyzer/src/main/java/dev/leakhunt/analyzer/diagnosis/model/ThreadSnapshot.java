package dev.leakhunt.analyzer.diagnosis.model;

import java.util.List;

/**
 * The live threads of the target at one moment.
 *
 * @param takenAtMs when the threads were dumped, ms since the epoch
 * @param threads every live thread
 */
public record ThreadSnapshot(long takenAtMs, List<ThreadSample> threads) {
  public ThreadSnapshot {
    threads = List.copyOf(threads);
  }
}
