package dev.leakhunt.analyzer.sampler;

import dev.leakhunt.contract.run.ResourceIds;

/**
 * The {@code samples.csv} row ids of the process's resident and native memory, and of the events
 * that say what could not be sampled.
 */
public final class ProcessMemoryRows {
  /**
   * The resident set size of the target's process, bytes: judged only when its part outside the
   * Java heap ({@link #RSS_NATIVE}) cannot be told; otherwise context.
   */
  public static final String RSS = ResourceIds.RSS;

  /**
   * The resident set outside the Java heap's reserved ranges, bytes: native memory, metaspace, code
   * and thread stacks. Judged in place of {@link #RSS} whenever known, because the heap's own pages
   * are judged as {@code heap.live} and, unless the heap is pinned, grow with every region the
   * collector touches for the first time (a 15 MiB/h heap leak read 78 MiB/h of rss).
   */
  public static final String RSS_NATIVE = ResourceIds.RSS_NATIVE;

  /** The resident pages inside the Java heap's reserved ranges, bytes: context. */
  public static final String RSS_HEAP = ResourceIds.RSS_HEAP;

  /** Event row prefix: rss could not be sampled; the suffix says why. */
  public static final String RSS_UNAVAILABLE_EVENT_PREFIX = "event:rss-unavailable.";

  /** rss-unavailable cause: the target does not run on the analyzer's machine (or namespace). */
  public static final String REMOTE = "remote";

  /** rss-unavailable cause: the target's {@code /proc} files could not be read. */
  public static final String UNREADABLE = "unreadable";

  /** Event row: the rss capacity is a control group's memory limit (value: the limit, bytes). */
  public static final String RSS_CGROUP_LIMIT_EVENT = "event:rss-limit-from-cgroup";

  /**
   * Event row: the target cannot trim its C heap ({@code System.trim_native_heap}: HotSpot on
   * glibc), so rss is read with the free pages the C library keeps.
   */
  public static final String NATIVE_TRIM_UNAVAILABLE_EVENT = "event:native-trim-unavailable";

  /** Event row prefix: NMT could not be sampled; the suffix says why. */
  public static final String NMT_OFF_EVENT_PREFIX = "event:nmt-off.";

  /** nmt-off cause: the target runs without {@code -XX:NativeMemoryTracking}. */
  public static final String DISABLED = "disabled";

  /** nmt-off cause: the target has no {@code VM.native_memory} command (not HotSpot). */
  public static final String UNSUPPORTED = "unsupported";

  /** Prefix of the NMT rows, e.g. {@code nmt.other.committed}. */
  public static final String NMT_PREFIX = "nmt.";

  /** Suffix of the NMT rows: committed bytes. */
  public static final String NMT_SUFFIX = ".committed";

  /** NMT's total committed, heap included: context, not judged. */
  public static final String NMT_TOTAL = NMT_PREFIX + "total" + NMT_SUFFIX;

  /** NMT's Java Heap category: the committed heap follows the collector's sizing, not a leak. */
  public static final String NMT_JAVA_HEAP = NMT_PREFIX + "java-heap" + NMT_SUFFIX;

  private ProcessMemoryRows() {}

  /** The row id of one NMT category, e.g. {@code other} gives {@code nmt.other.committed}. */
  public static String nmtCategory(String category) {
    return NMT_PREFIX + category + NMT_SUFFIX;
  }

  /** Whether a row id is an NMT category's committed bytes (the total included). */
  public static boolean isNmtCategory(String resource) {
    return resource.startsWith(NMT_PREFIX) && resource.endsWith(NMT_SUFFIX);
  }
}
