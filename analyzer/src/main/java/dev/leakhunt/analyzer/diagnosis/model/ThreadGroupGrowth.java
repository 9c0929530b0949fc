package dev.leakhunt.analyzer.diagnosis.model;

import java.util.List;

/**
 * How many more live threads one name pattern had at the end than at the start.
 *
 * @param namePattern thread name with each run of digits replaced by {@code #}, e.g. {@code
 *     order-confirmation-#}
 * @param countBefore live threads of the pattern in the first snapshot
 * @param countAfter live threads of the pattern in the second snapshot
 * @param countGrowth {@code countAfter - countBefore}
 * @param threadsPerHour growth scaled to one hour
 * @param sampleThreadName the newest-looking thread of the group in the second snapshot
 * @param sampleState that thread's state, e.g. {@code WAITING}
 * @param sampleStack that thread's stack, innermost frame first
 */
public record ThreadGroupGrowth(
    String namePattern,
    int countBefore,
    int countAfter,
    int countGrowth,
    double threadsPerHour,
    String sampleThreadName,
    String sampleState,
    List<String> sampleStack) {
  public ThreadGroupGrowth {
    sampleStack = List.copyOf(sampleStack);
  }
}
