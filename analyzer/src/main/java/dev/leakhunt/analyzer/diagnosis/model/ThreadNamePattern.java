package dev.leakhunt.analyzer.diagnosis.model;

/**
 * The name pattern threads are grouped by: pools name their threads {@code prefix-N}, so stripping
 * the digits puts a leaking pool's threads in one group whatever their number.
 */
public final class ThreadNamePattern {
  private ThreadNamePattern() {}

  /** The name pattern of a thread: each run of digits becomes {@code #}. */
  public static String of(String threadName) {
    return threadName.replaceAll("\\d+", "#");
  }
}
