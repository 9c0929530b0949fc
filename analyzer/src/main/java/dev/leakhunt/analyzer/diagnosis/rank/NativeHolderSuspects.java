package dev.leakhunt.analyzer.diagnosis.rank;

import dev.leakhunt.analyzer.diagnosis.model.ClassGrowth;
import dev.leakhunt.analyzer.diagnosis.model.FrameRole;
import dev.leakhunt.analyzer.diagnosis.model.LeakTrace;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.model.PathLink;
import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.diagnosis.model.SuspectKind;
import dev.leakhunt.analyzer.diagnosis.model.TraceNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names the suspects of growing resident memory that Native Memory Tracking cannot explain: the JDK
 * objects holding zlib state ({@link NativeHolders}) whose live count grew between the histograms,
 * and, when JFR sampled objects held through them, the leak trace to the code that keeps them (the
 * accumulation point) and the line that made them.
 */
final class NativeHolderSuspects {
  private static final String CONSTRUCTOR = ".<init>";

  private final HeapSuspects heap;

  NativeHolderSuspects(SuspectCriteria criteria) {
    this.heap = new HeapSuspects(criteria);
  }

  /**
   * @param classGrowth ranked class growth, or null without histograms (then nothing is named: a
   *     JFR sample alone cannot tell a leaked stream from one in use)
   * @param groups JFR old-object groups, or null without JFR
   */
  List<Suspect> rank(String resource, List<ClassGrowth> classGrowth, List<OldObjectGroup> groups) {
    if (classGrowth == null) {
      return List.of();
    }
    Map<String, ClassGrowth> growthByClass =
        classGrowth.stream()
            .collect(Collectors.toMap(ClassGrowth::className, Function.identity(), (a, b) -> a));
    List<OldObjectGroup> heldThroughZlib =
        groups == null
            ? List.of()
            : SampleTriage.candidates(groups).stream()
                .filter(NativeHolders::holdsNativeState)
                .toList();
    List<LeakTraceBuilder.TracedLeak> traces =
        new LeakTraceBuilder(c -> heap.grewEnough(growthByClass.get(c))).build(heldThroughZlib);

    List<Suspect> suspects = new ArrayList<>();
    for (String holder : NativeHolders.COUNTED) {
      ClassGrowth growth = growthByClass.get(holder);
      if (growth == null || growth.instancesGrowth() < NativeHolders.MIN_INSTANCES_GROWTH) {
        continue;
      }
      Optional<LeakTraceBuilder.TracedLeak> traced =
          traces.stream().filter(t -> sameFamily(t, holder)).findFirst();
      Optional<OldObjectGroup> creation = traced.flatMap(t -> creationSite(t, heldThroughZlib));
      suspects.add(suspect(suspects.size() + 1, resource, growth, traced, creation));
    }
    return suspects;
  }

  /**
   * The sample that names the line that opened the stream, among those the trace holds: first one a
   * zlib class's constructor allocated (the deflater, a stream's buffer), then the one nearest the
   * stream. An output buffer the stream grew later ({@code ByteArrayOutputStream.buf} in {@code
   * finish()}) names a line after it; the caller's input, which the deflater keeps referencing
   * ({@code Deflater.inputArray}), is as near the stream but was made wherever the data was (a
   * clean-clone CI run named {@code String.getBytes}' line this way).
   */
  private static Optional<OldObjectGroup> creationSite(
      LeakTraceBuilder.TracedLeak traced, List<OldObjectGroup> groups) {
    String point = traced.trace().accumulationPoint();
    return groups.stream()
        .filter(g -> g.applicationFrame() != null && g.referencePath().contains(point))
        .min(
            Comparator.comparing((OldObjectGroup g) -> !allocatedByAHolder(g))
                .thenComparingInt(NativeHolderSuspects::distanceToHolder)
                .thenComparing(Comparator.comparingInt(OldObjectGroup::sampleCount).reversed()));
  }

  /** Whether a zlib holder's constructor is on the sample's allocation stack. */
  private static boolean allocatedByAHolder(OldObjectGroup group) {
    return group.allocationStack().stream()
        .filter(frame -> frame.contains(CONSTRUCTOR))
        .map(frame -> frame.substring(0, frame.indexOf(CONSTRUCTOR)))
        .anyMatch(NativeHolders::isOnHoldingPath);
  }

  /** Links from the sampled object up to the first zlib class: 0 for a deflater itself. */
  private static int distanceToHolder(OldObjectGroup group) {
    if (NativeHolders.isOnHoldingPath(group.objectType())) {
      return 0;
    }
    List<PathLink> links = group.links();
    for (int i = 0; i < links.size(); i++) {
      if (NativeHolders.isOnHoldingPath(links.get(i).className())) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static Suspect suspect(
      int rank,
      String resource,
      ClassGrowth growth,
      Optional<LeakTraceBuilder.TracedLeak> traced,
      Optional<OldObjectGroup> creation) {
    String counts =
        String.format(
            "%s grew from %,d to %,d live instances between the histograms (%,.0f/h), each"
                + " holding zlib state outside the heap that Native Memory Tracking does not count",
            growth.className(),
            growth.instancesBefore(),
            growth.instancesAfter(),
            growth.instancesPerHour());
    if (traced.isEmpty()) {
      return holderSuspect(
          rank,
          resource,
          growth,
          counts + "; no JFR old-object sample shows what holds them (JFR off, or none sampled)",
          null,
          null);
    }
    LeakTraceBuilder.TracedLeak t = traced.get();
    String frame =
        creation.map(OldObjectGroup::applicationFrame).orElse(t.trace().allocatingFrame());
    List<String> stack = creation.map(OldObjectGroup::allocationStack).orElse(t.allocationStack());
    // What piles up is the holder of the zlib state; the path's fallback owner (the class whose
    // line made the stream) is already named by the allocating frame.
    LeakTrace trace = t.trace().withOwner(growth, frame);
    return holderSuspect(
        rank,
        resource,
        growth,
        String.format(
            "%s; %d JFR old-object samples held through them pile up at %s, held by %s",
            counts, trace.sampleCount(), trace.accumulationPoint(), t.referencePath()),
        new Traced(trace, stack, t.referencePath()),
        frame);
  }

  /** What a JFR trace adds to a holder suspect: the path and the stack of the kept stream. */
  private record Traced(LeakTrace trace, List<String> stack, String referencePath) {}

  private static Suspect holderSuspect(
      int rank, String resource, ClassGrowth growth, String evidence, Traced traced, String frame) {
    Suspect.Builder suspect =
        Suspect.builder(rank, SuspectKind.NATIVE_HOLDER, growth.className(), resource)
            .growth(growth.instancesPerHour(), "zlib streams")
            .instancesPerHour(growth.instancesPerHour())
            .evidence(evidence)
            .applicationFrame(FrameRole.ALLOCATES, frame);
    if (traced != null) {
      suspect
          .stack(traced.stack())
          .heldBy(traced.referencePath(), traced.trace().gcRoot())
          .trace(traced.trace());
    }
    return suspect.build();
  }

  /** Whether a trace runs through the holder's kind of stream: deflating or inflating. */
  private static boolean sameFamily(LeakTraceBuilder.TracedLeak traced, String holder) {
    String family = holder.endsWith("Deflater") ? "Deflater" : "Inflater";
    String gzip = family.equals("Deflater") ? "GZIPOutputStream" : "GZIPInputStream";
    return traced.trace().path().stream()
        .map(TraceNode::className)
        .filter(NativeHolders::isOnHoldingPath)
        .anyMatch(c -> c.contains(family) || c.endsWith(gzip));
  }
}
