package dev.leakhunt.analyzer.watch;

/**
 * How the target ended before the run did; written as an {@code event:target-died.<cause>} row.
 *
 * @param cause {@code process-exited}, {@code connection-refused}, {@code connection-lost}, {@code
 *     out-of-memory}, {@code unresponsive} (no answer for the set time) or {@code replaced} (a
 *     reconnection reached another process)
 * @param atMs when: the loss of the connection, or for {@code unresponsive} the first call left
 *     unanswered, ms since the epoch
 * @param value the row's value: for {@code unresponsive} how long the target was silent, ms; for
 *     {@code replaced} the new process's pid; else 1
 */
record TargetEnd(String cause, long atMs, double value) {
  static final String UNRESPONSIVE = "unresponsive";
  static final String REPLACED = "replaced";
}
