package dev.leakhunt.analyzer.diagnosis.rank;

import dev.leakhunt.analyzer.diagnosis.model.JvmClassNames;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectTriage;
import dev.leakhunt.analyzer.diagnosis.model.PathLink;
import dev.leakhunt.analyzer.diagnosis.model.WatcherFrames;
import java.util.List;

/**
 * Sorts JFR old-object groups into those that can hold a leak and those that cannot: objects held
 * only by a running thread's stack (work in flight), objects no longer reachable when the heap was
 * walked (garbage not collected yet), and objects the watcher's own JMX and JFR calls created on
 * the target (its footprint).
 */
public final class SampleTriage {
  /** Where a group of samples stands. */
  public enum Holder {
    /** Held by a static field, a thread object's fields (thread locals) or another root. */
    LEAK_CANDIDATE,
    /** Reachable only from a running thread's stack: work in flight. */
    THREAD_STACK,
    /** Reachable from no root when the heap was walked: garbage not yet collected. */
    UNREACHABLE,
    /** Allocated by the watcher's own management calls on the target. */
    WATCHER
  }

  private SampleTriage() {}

  /** Where the group's objects stand. */
  public static Holder of(OldObjectGroup group) {
    if (WatcherFrames.inStack(group.allocationStack())) {
      return Holder.WATCHER;
    }
    List<PathLink> links = group.links();
    boolean staticRoot =
        !links.isEmpty() && links.get(links.size() - 1).kind() == PathLink.Kind.STATIC_FIELD;
    if (staticRoot) {
      // JFR names the root of a static field's Class (often "Stack Variable" of main): the
      // static field is what holds the objects.
      return Holder.LEAK_CANDIDATE;
    }
    if (links.stream().anyMatch(SampleTriage::isThreadField)) {
      return Holder.LEAK_CANDIDATE; // Thread.threadLocals: lives as long as a pool's thread.
    }
    if (group.gcRoot().equals("unknown") && links.size() <= 1) {
      return Holder.UNREACHABLE;
    }
    if (group.gcRoot().startsWith("Threads /") && !heldByApplicationField(links)) {
      return Holder.THREAD_STACK;
    }
    return Holder.LEAK_CANDIDATE;
  }

  /** The groups that can hold a leak. */
  public static List<OldObjectGroup> candidates(List<OldObjectGroup> groups) {
    return groups == null
        ? null
        : groups.stream().filter(g -> of(g) == Holder.LEAK_CANDIDATE).toList();
  }

  /** How many samples of each kind the groups hold. */
  public static OldObjectTriage count(List<OldObjectGroup> groups) {
    int[] counts = new int[Holder.values().length];
    for (OldObjectGroup g : groups) {
      counts[of(g).ordinal()] += g.sampleCount();
    }
    return new OldObjectTriage(
        counts[Holder.LEAK_CANDIDATE.ordinal()],
        counts[Holder.THREAD_STACK.ordinal()],
        counts[Holder.UNREACHABLE.ordinal()],
        counts[Holder.WATCHER.ordinal()]);
  }

  /**
   * Whether a field of an application object lies on the path. A thread's frame that reaches the
   * objects only through locals and JDK containers holds work in flight; one that reaches them
   * through an application object's field (a server's {@code CartStore.cartsById} held by the event
   * loop's frame) holds a long-lived structure, which is where leaks accumulate.
   */
  private static boolean heldByApplicationField(List<PathLink> links) {
    return links.stream()
        .anyMatch(
            link ->
                link.kind() == PathLink.Kind.FIELD
                    && link.className() != null
                    && !JvmClassNames.isPlatformClass(link.className()));
  }

  private static boolean isThreadField(PathLink link) {
    return link.kind() == PathLink.Kind.FIELD && "java.lang.Thread".equals(link.className());
  }
}
