package dev.leakhunt.analyzer.diagnosis.rank;

import dev.leakhunt.analyzer.diagnosis.model.ApplicationFrames;
import dev.leakhunt.analyzer.diagnosis.model.JvmClassNames;
import dev.leakhunt.analyzer.diagnosis.model.LeakTrace;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.model.PathLink;
import dev.leakhunt.analyzer.diagnosis.model.TraceNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds leak traces from the JFR old-object groups that can hold a leak: for each group, the
 * accumulation point on its path (the first field of the application, or static field, above the
 * first array of references: {@code static Workload.RETAINED} above {@code Object[] <-
 * ArrayList.elementData}), the owner class (the application class nearest below it, the element
 * that piles up: {@code Workload$Record}, not its {@code byte[]}), the fingerprint; then merges the
 * groups that share an accumulation point (the records, their payloads and the list's backing array
 * are one leak).
 */
final class LeakTraceBuilder {
  private static final String ARROW = " -> ";

  private final Predicate<String> classGrew;

  /**
   * @param classGrew whether a class grew enough between the histograms to count as piling up
   *     (always false without histograms)
   */
  LeakTraceBuilder(Predicate<String> classGrew) {
    this.classGrew = classGrew;
  }

  /**
   * A leak trace and every class its leaking part holds, to keep them from being named twice.
   *
   * @param containerOnly whether every sample is the collection's backing array itself: JFR sampled
   *     the collection growing, not one of its elements
   */
  record TracedLeak(
      LeakTrace trace,
      Set<String> leakingClasses,
      boolean ownerOnPath,
      List<String> allocationStack,
      String referencePath,
      boolean containerOnly) {}

  /** The traces of the groups, merged per fingerprint, most samples first. */
  List<TracedLeak> build(List<OldObjectGroup> candidates) {
    Map<String, List<Built>> byFingerprint = new LinkedHashMap<>();
    for (OldObjectGroup group : candidates) {
      if (group.links().isEmpty()) {
        continue;
      }
      Built built = build(group);
      byFingerprint.computeIfAbsent(built.fingerprint(), k -> new ArrayList<>()).add(built);
    }
    return byFingerprint.values().stream()
        .map(LeakTraceBuilder::merge)
        .sorted(Comparator.comparingInt((TracedLeak t) -> t.trace().sampleCount()).reversed())
        .toList();
  }

  private Built build(OldObjectGroup group) {
    List<PathLink> links = group.links();
    int accumulation = accumulationIndex(links, 0);
    int ownerIndex = ownerIndex(links, accumulation);
    String owner;
    if (ownerIndex >= 0) {
      owner = elementName(links.get(ownerIndex).className());
    } else if (group.applicationFrame() != null) {
      owner = JvmClassNames.stableName(ApplicationFrames.className(group.applicationFrame()));
    } else {
      owner = links.get(0).className();
    }
    boolean staticRoot = links.get(links.size() - 1).kind() == PathLink.Kind.STATIC_FIELD;
    List<String> chain = new ArrayList<>();
    List<TraceNode> path = new ArrayList<>();
    if (!staticRoot) {
      String rootLabel = rootLabel(group.gcRoot());
      chain.add(rootLabel);
      path.add(new TraceNode(group.gcRoot(), null, null, "ROOT", false, false));
    }
    for (int i = links.size() - 1; i >= 0; i--) {
      PathLink link = links.get(i);
      if (i >= accumulation) {
        chain.add(link.canonical());
      }
      path.add(
          new TraceNode(
              link.text(),
              link.className(),
              link.field(),
              link.kind().name(),
              i == accumulation,
              i < accumulation));
    }
    String source = String.join(ARROW, chain);
    Set<String> leaking = new LinkedHashSet<>();
    for (int i = 0; i < accumulation; i++) {
      if (links.get(i).className() != null) {
        leaking.add(links.get(i).className());
      }
    }
    leaking.add(links.get(0).className());
    boolean sampledContainer =
        links.get(0).kind() == PathLink.Kind.OBJECT && isReferenceArray(links.get(0).className());
    return new Built(
        group,
        TraceFingerprint.of(source),
        source,
        owner,
        ownerIndex >= 0 && ownerIndex < accumulation,
        links.get(accumulation).text(),
        path,
        leaking,
        sampledContainer);
  }

  /**
   * The index of the accumulation point: the first application field or static field above the
   * first array of references (the growing collection's backing array), else the field holding that
   * array; without an array (a linked structure), the first application or static field above the
   * first platform field; else the step nearest the root. When the class owning that field grows
   * itself (each session holds a list, and sessions pile up) and another collection lies above, the
   * point moves up to it.
   */
  private int accumulationIndex(List<PathLink> links, int from) {
    int last = links.size() - 1;
    int container = firstContainer(links, from);
    int candidate;
    if (container >= 0) {
      candidate = firstHolderAbove(links, container);
      if (candidate < 0) {
        candidate = Math.min(container + 1, last);
      }
    } else {
      int platformField = -1;
      for (int i = Math.max(1, from); i <= last; i++) {
        if (links.get(i).kind() == PathLink.Kind.FIELD && !links.get(i).applicationOwned()) {
          platformField = i;
          break;
        }
      }
      candidate = platformField < 0 ? last : firstHolderAbove(links, platformField);
      if (candidate < 0) {
        candidate = last;
      }
    }
    PathLink point = links.get(candidate);
    if (candidate < last
        && point.kind() == PathLink.Kind.FIELD
        && classGrew.test(point.className())
        && firstContainer(links, candidate + 1) >= 0) {
      return accumulationIndex(links, candidate + 1);
    }
    return Math.max(candidate, from);
  }

  private static int firstContainer(List<PathLink> links, int from) {
    for (int i = from; i < links.size(); i++) {
      PathLink link = links.get(i);
      if (link.kind() == PathLink.Kind.ARRAY && i > 0) {
        return i;
      }
      if (i == 0 && link.kind() == PathLink.Kind.OBJECT && isReferenceArray(link.className())) {
        return i; // The sampled object is the collection's backing array itself.
      }
    }
    return -1;
  }

  /** {@code Object[]} or {@code Record[]}, not {@code byte[]}: an array that holds objects. */
  static boolean isReferenceArray(String className) {
    if (className == null || !className.endsWith("[]")) {
      return false;
    }
    String element = className.substring(0, className.length() - 2);
    return !JvmClassNames.isPrimitive(element);
  }

  private static int firstHolderAbove(List<PathLink> links, int index) {
    for (int j = index + 1; j < links.size(); j++) {
      PathLink link = links.get(j);
      if (link.kind() == PathLink.Kind.STATIC_FIELD
          || (link.kind() == PathLink.Kind.FIELD && link.applicationOwned())) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The application class nearest below the accumulation point (the element that piles up), else
   * the accumulation point's own class when it is the application's; -1 when neither is.
   */
  private static int ownerIndex(List<PathLink> links, int accumulation) {
    for (int i = accumulation - 1; i >= 0; i--) {
      String className = links.get(i).className();
      if (className != null && !JvmClassNames.isPlatformClass(className)) {
        return i;
      }
    }
    PathLink point = links.get(accumulation);
    return point.className() != null && !JvmClassNames.isPlatformClass(point.className())
        ? accumulation
        : -1;
  }

  private static String elementName(String className) {
    return className.endsWith("[]") ? className.substring(0, className.indexOf('[')) : className;
  }

  /** JFR's root without the thread's name: {@code Threads / Handle Area}. */
  private static String rootLabel(String gcRoot) {
    int paren = gcRoot.indexOf(" (");
    return paren < 0 ? gcRoot : gcRoot.substring(0, paren);
  }

  private static TracedLeak merge(List<Built> built) {
    Built representative =
        built.stream()
            .max(
                Comparator.comparing(Built::ownerOnPath)
                    .thenComparingInt(b -> b.group().sampleCount()))
            .orElseThrow();
    String owner = representative.owner();
    // The owner's own allocation says best who adds to the collection; else the biggest group's.
    OldObjectGroup allocation =
        built.stream()
            .filter(b -> b.group().applicationFrame() != null)
            .max(
                Comparator.comparing((Built b) -> b.group().objectType().equals(owner))
                    .thenComparing(b -> b == representative)
                    .thenComparingInt(b -> b.group().sampleCount()))
            .map(Built::group)
            .orElse(representative.group());
    int samples = built.stream().mapToInt(b -> b.group().sampleCount()).sum();
    Set<String> leaking = new LinkedHashSet<>();
    built.forEach(b -> leaking.addAll(b.leakingClasses()));
    leaking.add(owner);
    LeakTrace trace =
        new LeakTrace(
            representative.fingerprint(),
            representative.source(),
            owner,
            allocation.applicationFrame(),
            representative.group().gcRoot(),
            representative.accumulationPoint(),
            representative.path(),
            samples,
            null,
            null,
            null,
            null);
    return new TracedLeak(
        trace,
        leaking,
        representative.ownerOnPath(),
        allocation.allocationStack(),
        representative.group().referencePath(),
        built.stream().allMatch(Built::sampledContainer));
  }

  private record Built(
      OldObjectGroup group,
      String fingerprint,
      String source,
      String owner,
      boolean ownerOnPath,
      String accumulationPoint,
      List<TraceNode> path,
      Set<String> leakingClasses,
      boolean sampledContainer) {}
}
