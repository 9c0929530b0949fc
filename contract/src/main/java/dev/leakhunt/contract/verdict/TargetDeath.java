package dev.leakhunt.contract.verdict;

/**
 * The target ended before the run did.
 *
 * @param atMs when it was seen gone, ms since the epoch; for {@code unresponsive} the first call it
 *     left unanswered; for {@code replaced} when its connection was lost
 * @param cause how: {@code process-exited}, {@code connection-refused}, {@code connection-lost},
 *     {@code out-of-memory}, {@code unresponsive} (no answer for the set time) or {@code replaced}
 *     (a reconnection reached another process on the same address)
 * @param lastLiveHeapBytes the last live-heap point before, or NaN when none was taken
 * @param maxHeapBytes the target's max heap, or NaN when unknown
 * @param silentMs for {@code unresponsive}: how long the target answered nothing, ms; else null
 * @param replacementPid for {@code replaced}: the new process's pid; else null
 * @param lastThreads for {@code unresponsive}: the last live-thread count before, or null
 */
public record TargetDeath(
    long atMs,
    String cause,
    double lastLiveHeapBytes,
    double maxHeapBytes,
    Long silentMs,
    Long replacementPid,
    Double lastThreads) {
  /** Cause of a target that stopped answering. */
  public static final String UNRESPONSIVE = "unresponsive";

  /** Cause of a target whose reconnection reached another process. */
  public static final String REPLACED = "replaced";

  /**
   * A death with no cause-specific figures: the process exited, refused or lost the connection, or
   * ran out of memory.
   */
  public static TargetDeath of(
      long atMs, String cause, double lastLiveHeapBytes, double maxHeapBytes) {
    return new TargetDeath(atMs, cause, lastLiveHeapBytes, maxHeapBytes, null, null, null);
  }

  /**
   * A target that stopped answering.
   *
   * @param silentMs how long it answered nothing, ms
   * @param lastThreads the last live-thread count before, or null when none was taken
   */
  public static TargetDeath unresponsive(
      long atMs, double lastLiveHeapBytes, double maxHeapBytes, long silentMs, Double lastThreads) {
    return new TargetDeath(
        atMs, UNRESPONSIVE, lastLiveHeapBytes, maxHeapBytes, silentMs, null, lastThreads);
  }

  /**
   * A target whose reconnection reached another process on the same address.
   *
   * @param replacementPid the new process's pid
   */
  public static TargetDeath replaced(
      long atMs, double lastLiveHeapBytes, double maxHeapBytes, long replacementPid) {
    return new TargetDeath(
        atMs, REPLACED, lastLiveHeapBytes, maxHeapBytes, null, replacementPid, null);
  }
}
