package dev.leakhunt.analyzer.diagnosis.rank;

import dev.leakhunt.analyzer.diagnosis.model.ClassGrowth;
import dev.leakhunt.analyzer.diagnosis.model.FrameRole;
import dev.leakhunt.analyzer.diagnosis.model.JvmClassNames;
import dev.leakhunt.analyzer.diagnosis.model.LeakTrace;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.diagnosis.model.SuspectKind;
import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.contract.run.Units;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names the suspects of a failing heap resource. Leak traces come first: an accumulation point
 * whose owner class (or the objects it holds) grew between the histograms, named by the owner class
 * and its allocating line, never by {@code byte[]}. Classes that grew without a trace follow
 * (application classes before the platform's), their frames taken only from samples that can hold a
 * leak, so work in flight on a request thread is never named.
 */
final class HeapSuspects {
  private final SuspectCriteria criteria;

  HeapSuspects(SuspectCriteria criteria) {
    this.criteria = criteria;
  }

  /**
   * The suspects in rank order: application traces, a collection seen growing, platform traces that
   * explain more, then classes that grew without a trace; at most {@code maxHeapSuspects}.
   *
   * @param classGrowth ranked class growth, or null without histograms
   * @param groups JFR old-object groups, or null without JFR
   */
  List<Suspect> rank(String resource, List<ClassGrowth> classGrowth, List<OldObjectGroup> groups) {
    List<OldObjectGroup> candidates = groups == null ? List.of() : SampleTriage.candidates(groups);
    Map<String, ClassGrowth> growthByClass = byClassName(classGrowth);
    boolean histograms = classGrowth != null;
    LeakTraceBuilder builder = new LeakTraceBuilder(c -> grewEnough(growthByClass.get(c)));
    List<LeakTraceBuilder.TracedLeak> traces = builder.build(candidates);
    List<LeakTraceBuilder.TracedLeak> named =
        tracesToName(traces, candidates, growthByClass, histograms);

    Naming naming = new Naming(resource, growthByClass);
    // A trace owned by the platform with no application line ("byte[] piles up at Object[]" of a
    // class loader's strings) says nothing of the application's: it comes after the others and
    // after a growing collection of the application's, and only for growth they leave unexplained.
    naming.addApplicationTraces(
        named, histograms, histograms ? classGrowth : List.of(), candidates);
    if (histograms) {
      naming.addContainerHeld(traces, named, classGrowth);
    }
    naming.addPlatformTraces(named, histograms);
    if (histograms) {
      naming.addUntracedClasses(classGrowth, candidates, groups != null);
    }
    return naming.suspects;
  }

  private static Map<String, ClassGrowth> byClassName(List<ClassGrowth> classGrowth) {
    return classGrowth == null
        ? Map.of()
        : classGrowth.stream()
            .collect(Collectors.toMap(ClassGrowth::className, Function.identity(), (a, b) -> a));
  }

  /**
   * The traces worth naming, at most {@code maxHeapSuspects}: with histograms, those where a
   * leaking class grew enough; without, those holding a large enough share of the samples that can
   * hold a leak. Traces whose owner grew come first, then the most sampled.
   */
  private List<LeakTraceBuilder.TracedLeak> tracesToName(
      List<LeakTraceBuilder.TracedLeak> traces,
      List<OldObjectGroup> candidates,
      Map<String, ClassGrowth> growthByClass,
      boolean histograms) {
    int candidateSamples = candidates.stream().mapToInt(OldObjectGroup::sampleCount).sum();
    return traces.stream()
        .filter(
            t ->
                histograms
                    ? t.leakingClasses().stream().anyMatch(c -> grewEnough(growthByClass.get(c)))
                    : t.trace().sampleCount() >= criteria.minOldObjectShare() * candidateSamples)
        .sorted(
            Comparator.comparing(
                    (LeakTraceBuilder.TracedLeak t) ->
                        !grewEnough(growthByClass.get(t.trace().ownerClass())))
                .thenComparing(
                    Comparator.comparingInt(
                            (LeakTraceBuilder.TracedLeak t) -> t.trace().sampleCount())
                        .reversed()))
        .limit(criteria.maxHeapSuspects())
        .toList();
  }

  /**
   * One ranking under way: the suspects named so far, in rank order, and the classes whose growth
   * they explain, so a later step names only what is left unexplained.
   */
  private final class Naming {
    private final String resource;
    private final Map<String, ClassGrowth> growthByClass;
    private final List<Suspect> suspects = new ArrayList<>();
    private final Set<String> covered = new HashSet<>();

    Naming(String resource, Map<String, ClassGrowth> growthByClass) {
      this.resource = resource;
      this.growthByClass = growthByClass;
    }

    /**
     * Every trace owned by the application or with an application line, in order. A trace whose
     * samples are only the platform's objects under a static field of a class that never grew (the
     * keys of {@code static Map<String, Session>}) names the application class that grew with no
     * sample of its own instead of the field's class: most likely the values beside those keys.
     * With histograms, a later trace whose owner did not grow and whose grown classes an earlier
     * one already explains is left out: a bounded store of the application ({@code CartStore} with
     * its carts evicted) holds {@code byte[]} too, but the {@code byte[]} that grew are the leak's.
     */
    void addApplicationTraces(
        List<LeakTraceBuilder.TracedLeak> named,
        boolean histograms,
        List<ClassGrowth> classGrowth,
        List<OldObjectGroup> candidates) {
      for (LeakTraceBuilder.TracedLeak t : named) {
        if (platformOwned(t)) {
          continue;
        }
        if (histograms && explainsNothingNew(t)) {
          // Explained: by an earlier suspect, or as arrays that widened; not a class to name alone.
          covered.addAll(t.leakingClasses());
          continue;
        }
        Optional<ClassGrowth> element =
            holdsOnlyPlatformObjects(t)
                ? unsampledApplicationClass(classGrowth, candidates)
                : Optional.empty();
        if (element.isPresent()) {
          suspects.add(
              containerHeld(
                  suspects.size() + 1,
                  resource,
                  t,
                  element.get(),
                  growthByClass,
                  "the platform's objects ("
                      + String.join(", ", platformClasses(t))
                      + ") in the collection at "
                      + t.trace().accumulationPoint()));
          covered.add(element.get().className());
        } else {
          suspects.add(traced(suspects.size() + 1, resource, t, growthByClass));
        }
        covered.addAll(t.leakingClasses());
      }
    }

    /**
     * Whether a later trace adds nothing that accumulates: its owner did not grow, and every class
     * of it that grew is named already or grew in size only, not in number. Existing arrays that
     * widened once are not a second leak: a shop's latency histograms resized their counts to the
     * load's longer latencies (long[] 233 -> 227 instances, yet 2.24 MiB more) and were named
     * beside the real leak. A leak that only widens one array is still named when it is the first
     * trace.
     */
    private boolean explainsNothingNew(LeakTraceBuilder.TracedLeak t) {
      return !suspects.isEmpty()
          && !grewEnough(growthByClass.get(t.trace().ownerClass()))
          && t.leakingClasses().stream()
              .noneMatch(c -> !covered.contains(c) && accumulated(growthByClass.get(c)));
    }

    /** Grew enough, and in number: more instances at the end than at warm-up end. */
    private boolean accumulated(ClassGrowth g) {
      return grewEnough(g) && g.instancesGrowth() > 0;
    }

    /**
     * Whether the trace names only the class declaring its static field, which never grew, and its
     * samples are the platform's objects alone: no element of the application's was sampled.
     */
    private boolean holdsOnlyPlatformObjects(LeakTraceBuilder.TracedLeak t) {
      String owner = t.trace().ownerClass();
      return !t.ownerOnPath()
          && !grewEnough(growthByClass.get(owner))
          && t.leakingClasses().stream()
              .filter(c -> !c.equals(owner))
              .allMatch(JvmClassNames::isPlatformClass);
    }

    /** The largest application class that grew enough, is not yet named and has no sample. */
    private Optional<ClassGrowth> unsampledApplicationClass(
        List<ClassGrowth> classGrowth, List<OldObjectGroup> candidates) {
      Set<String> sampled =
          candidates.stream().map(OldObjectGroup::objectType).collect(Collectors.toSet());
      return classGrowth.stream()
          .filter(g -> !JvmClassNames.isPlatformClass(g.className()))
          .filter(HeapSuspects.this::grewEnough)
          .filter(g -> !covered.contains(g.className()) && !sampled.contains(g.className()))
          .max(Comparator.comparingLong(ClassGrowth::bytesGrowth));
    }

    /** A collection seen growing that most likely holds a class grown with no sample of its own. */
    void addContainerHeld(
        List<LeakTraceBuilder.TracedLeak> traces,
        List<LeakTraceBuilder.TracedLeak> named,
        List<ClassGrowth> classGrowth) {
      containerHolding(traces, named, classGrowth, covered)
          .filter(held -> suspects.size() < criteria.maxHeapSuspects())
          .ifPresent(
              held -> {
                suspects.add(
                    containerHeld(
                        suspects.size() + 1,
                        resource,
                        held.trace(),
                        held.growth(),
                        growthByClass,
                        "the backing array of the collection at "
                            + held.trace().trace().accumulationPoint()
                            + ", caught as it grew"));
                covered.add(held.growth().className());
                covered.addAll(held.trace().leakingClasses());
              });
    }

    /** The platform's traces, each only when it explains growth the others leave unexplained. */
    void addPlatformTraces(List<LeakTraceBuilder.TracedLeak> named, boolean histograms) {
      for (LeakTraceBuilder.TracedLeak t : named) {
        boolean explainsMore =
            !histograms
                || t.leakingClasses().stream()
                    .anyMatch(c -> !covered.contains(c) && grewEnough(growthByClass.get(c)));
        if (platformOwned(t) && explainsMore && suspects.size() < criteria.maxHeapSuspects()) {
          suspects.add(traced(suspects.size() + 1, resource, t, growthByClass));
          covered.addAll(t.leakingClasses());
        }
      }
    }

    /**
     * Classes that grew enough and no trace explains: the application's first, then the largest.
     */
    void addUntracedClasses(
        List<ClassGrowth> classGrowth, List<OldObjectGroup> candidates, boolean jfrRecorded) {
      List<ClassGrowth> untraced =
          classGrowth.stream()
              .filter(HeapSuspects.this::grewEnough)
              .filter(g -> !covered.contains(g.className()))
              .sorted(
                  Comparator.comparing(
                          (ClassGrowth g) -> JvmClassNames.isPlatformClass(g.className()))
                      .thenComparing(Comparator.comparingLong(ClassGrowth::bytesGrowth).reversed()))
              .limit(Math.max(0, criteria.maxHeapSuspects() - suspects.size()))
              .toList();
      for (ClassGrowth growth : untraced) {
        suspects.add(untraced(suspects.size() + 1, resource, growth, candidates, jfrRecorded));
      }
    }
  }

  private Suspect traced(
      int rank,
      String resource,
      LeakTraceBuilder.TracedLeak traced,
      Map<String, ClassGrowth> growthByClass) {
    LeakTrace trace = traced.trace();
    ClassGrowth owner = growthByClass.get(trace.ownerClass());
    trace = trace.withOwnerGrowth(owner);
    // Growth that names the leak: the owner's own, else the largest of what it holds (a static
    // List<byte[]> has no owner instances: its byte[] grow).
    ClassGrowth shown =
        grewEnough(owner)
            ? owner
            : traced.leakingClasses().stream()
                .map(growthByClass::get)
                .filter(this::grewEnough)
                .max(Comparator.comparingLong(ClassGrowth::bytesGrowth))
                .orElse(null);
    StringBuilder evidence = new StringBuilder();
    if (shown != null) {
      evidence.append(
          String.format(
              "%s grew from %,d to %,d instances and by %s between the histograms (%s/h); ",
              shown.className(),
              shown.instancesBefore(),
              shown.instancesAfter(),
              Figures.bytes(shown.bytesGrowth()),
              Figures.bytes((long) shown.bytesPerHour())));
    }
    evidence.append(
        String.format(
            "%d JFR old-object samples pile up at %s, held by %s",
            trace.sampleCount(), trace.accumulationPoint(), traced.referencePath()));
    return Suspect.builder(rank, SuspectKind.HEAP_CLASS, trace.ownerClass(), resource)
        .growth(shown == null ? null : shown.bytesPerHour(), Units.BYTES)
        .instancesPerHour(shown == null ? null : shown.instancesPerHour())
        .evidence(evidence.toString())
        .applicationFrame(FrameRole.ALLOCATES, trace.allocatingFrame())
        .stack(traced.allocationStack())
        .heldBy(traced.referencePath(), trace.gcRoot())
        .trace(trace)
        .build();
  }

  private static List<String> platformClasses(LeakTraceBuilder.TracedLeak t) {
    return t.leakingClasses().stream().filter(JvmClassNames::isPlatformClass).toList();
  }

  private static boolean platformOwned(LeakTraceBuilder.TracedLeak t) {
    return JvmClassNames.isPlatformClass(t.trace().ownerClass())
        && t.trace().allocatingFrame() == null;
  }

  /** A collection seen growing, and the class that grew with no sample of its own. */
  private record HeldGrowth(LeakTraceBuilder.TracedLeak trace, ClassGrowth growth) {}

  /**
   * JFR samples an allocation now and then: on a loaded machine it may catch a collection's backing
   * array as the collection grows and none of its elements (measured: one or two samples of a
   * list's array and no element, while {@code byte[]} grew 3.1 MiB and the records holding it 3,117
   * instances). The collection growing under the application is then most likely where the class
   * that grew with no sample of its own piles up: an application class first (the element, {@code
   * Workload$Record}), else the platform's ({@code byte[]}, named by the collection's owner, never
   * bare).
   */
  private Optional<HeldGrowth> containerHolding(
      List<LeakTraceBuilder.TracedLeak> traces,
      List<LeakTraceBuilder.TracedLeak> named,
      List<ClassGrowth> classGrowth,
      Set<String> covered) {
    Optional<ClassGrowth> unsampled =
        classGrowth.stream()
            .filter(this::grewEnough)
            .filter(g -> !covered.contains(g.className()))
            .min(
                Comparator.comparing(
                        (ClassGrowth g) -> JvmClassNames.isPlatformClass(g.className()))
                    .thenComparing(Comparator.comparingLong(ClassGrowth::bytesGrowth).reversed()));
    Optional<LeakTraceBuilder.TracedLeak> container =
        traces.stream()
            .filter(t -> !named.contains(t))
            .filter(LeakTraceBuilder.TracedLeak::containerOnly)
            .filter(t -> !JvmClassNames.isPlatformClass(t.trace().ownerClass()))
            .max(Comparator.comparingInt(t -> t.trace().sampleCount()));
    if (unsampled.isEmpty() || container.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new HeldGrowth(container.get(), unsampled.get()));
  }

  private Suspect containerHeld(
      int rank,
      String resource,
      LeakTraceBuilder.TracedLeak traced,
      ClassGrowth held,
      Map<String, ClassGrowth> growthByClass,
      String whatWasSampled) {
    LeakTrace trace = traced.trace();
    // An application class that grew is the element piling up: it names the trace.
    trace =
        JvmClassNames.isPlatformClass(held.className())
            ? trace.withOwnerGrowth(growthByClass.get(trace.ownerClass()))
            : trace.withOwner(held, trace.allocatingFrame());
    String evidence =
        String.format(
            "%s grew from %,d to %,d instances and by %s between the histograms (%s/h) with no JFR"
                + " sample of its own; the %d JFR old-object samples that can hold a leak are %s,"
                + " held by %s: the collection seen growing, most likely what holds them",
            held.className(),
            held.instancesBefore(),
            held.instancesAfter(),
            Figures.bytes(held.bytesGrowth()),
            Figures.bytes((long) held.bytesPerHour()),
            trace.sampleCount(),
            whatWasSampled,
            traced.referencePath());
    return Suspect.builder(rank, SuspectKind.HEAP_CLASS, trace.ownerClass(), resource)
        .growth(held.bytesPerHour(), Units.BYTES)
        .instancesPerHour(held.instancesPerHour())
        .evidence(evidence)
        .applicationFrame(FrameRole.ALLOCATES, trace.allocatingFrame())
        .stack(traced.allocationStack())
        .heldBy(traced.referencePath(), trace.gcRoot())
        .trace(trace)
        .build();
  }

  /**
   * A class that grew with no trace. Without a JFR sample of it, nothing tells what holds it or
   * which line allocates it: the evidence says why (no recording, or too few samples), since JFR
   * keeps few objects of a small leak in a short run (one IT's 73 s kept 4 of a 1 KiB-per-request
   * leak, the corpus's 10-minute runs of the same shape 71-235).
   */
  private Suspect untraced(
      int rank,
      String resource,
      ClassGrowth growth,
      List<OldObjectGroup> candidates,
      boolean jfrRecorded) {
    OldObjectGroup group = OldObjectGroups.bestFor(growth.className(), candidates);
    Suspect.Builder suspect =
        Suspect.builder(rank, SuspectKind.HEAP_CLASS, growth.className(), resource)
            .growth(growth.bytesPerHour(), Units.BYTES)
            .instancesPerHour(growth.instancesPerHour())
            .evidence(
                String.format(
                        "%s grew by %,d instances and %s between the histograms (%s/h)",
                        growth.className(),
                        growth.instancesGrowth(),
                        Figures.bytes(growth.bytesGrowth()),
                        Figures.bytes((long) growth.bytesPerHour()))
                    + (group == null
                        ? unsampledText(jfrRecorded)
                        : "; "
                            + group.sampleCount()
                            + " JFR old-object samples held by "
                            + group.referencePath()));
    if (group != null) {
      suspect
          .applicationFrame(FrameRole.ALLOCATES, group.applicationFrame())
          .stack(group.allocationStack())
          .heldBy(group.referencePath(), group.gcRoot());
    }
    return suspect.build();
  }

  private static String unsampledText(boolean jfrRecorded) {
    return jfrRecorded
        ? "; no JFR old-object sample shows what holds it or which line allocates it (JFR keeps"
            + " few objects of a small leak in a short run: a longer run keeps more)"
        : "; no JFR recording was read (off, or not saved), so nothing shows what holds it or which"
            + " line allocates it";
  }

  /**
   * Whether a class grew enough to be named: platform classes ({@code byte[]}, {@code String}) need
   * bytes, application classes bytes or instances, both a share of what they held before.
   */
  boolean grewEnough(ClassGrowth g) {
    if (g == null) {
      return false;
    }
    boolean heavy = g.bytesGrowth() >= criteria.minPlatformClassBytesGrowth();
    boolean many = g.instancesGrowth() >= criteria.minClassInstancesGrowth();
    boolean relative = g.bytesGrowth() >= criteria.minClassRelativeGrowth() * g.bytesBefore();
    if (JvmClassNames.isPlatformClass(g.className())) {
      return heavy && relative;
    }
    return (heavy || many) && relative;
  }
}
