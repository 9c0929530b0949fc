package dev.leakhunt.analyzer.diagnosis.rank;

import dev.leakhunt.analyzer.diagnosis.model.ApplicationFrames;
import dev.leakhunt.analyzer.diagnosis.model.ClassGrowth;
import dev.leakhunt.analyzer.diagnosis.model.DirectMemoryOwner;
import dev.leakhunt.analyzer.diagnosis.model.FrameRole;
import dev.leakhunt.analyzer.diagnosis.model.JvmClassNames;
import dev.leakhunt.analyzer.diagnosis.model.LoaderGrowth;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.diagnosis.model.SuspectKind;
import dev.leakhunt.analyzer.diagnosis.model.ThreadGroupGrowth;
import dev.leakhunt.analyzer.diagnosis.model.ThreadStartGroup;
import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.contract.run.Units;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Names the suspects of the failing resources from the ranked growth: heap leaks by their traces
 * and owner classes ({@link HeapSuspects}), thread groups, class loader types, direct buffer owners
 * and the holders of native memory behind resident-set growth ({@link NativeHolderSuspects}).
 */
public final class SuspectRanker {
  private final SuspectCriteria criteria;

  public SuspectRanker(SuspectCriteria criteria) {
    this.criteria = criteria;
  }

  /**
   * The suspects for the failing resources only: a resource that passed needs no culprit. A growing
   * thread group is named by the line that keeps starting its threads when the recording saw them
   * start.
   *
   * @param failingResources ids of the resources judged FAIL, e.g. {@code heap.live}
   * @param evidence what grew, ranked, and what JFR recorded
   */
  public List<Suspect> rank(Set<String> failingResources, RankedEvidence evidence) {
    List<ClassGrowth> classGrowth = evidence.classGrowth();
    List<OldObjectGroup> oldObjectGroups = evidence.oldObjectGroups();
    DirectMemoryOwner directMemory = evidence.directMemory();
    List<Suspect> suspects = new ArrayList<>();
    List<Suspect> classSuspects = new ArrayList<>();
    String metaspace = firstExplained(SuspectKind.CLASS_LOADER, failingResources);
    if (metaspace != null) {
      // What keeps being defined, and where, says more than which loader type holds it.
      classSuspects.addAll(
          new ClassDefinitionSuspects(criteria).rank(metaspace, evidence.classDefinitions()));
      classSuspects.addAll(loaderSuspects(metaspace, evidence.loaders()));
    }
    // Classes that a line of the application keeps defining come first: each keeps its loader,
    // statics and metadata on the heap, so heap growth beside them is mostly theirs (a shell
    // compiling a script per call grew the heap 580 MiB/h, its caches the heap's top classes).
    // Without such a line (the JDK's own reflection accessors), a heap leak keeps its place.
    boolean classesFirst =
        !classSuspects.isEmpty() && classSuspects.get(0).applicationFrame() != null;
    if (classesFirst) {
      suspects.addAll(classSuspects);
    }
    String heap = firstExplained(SuspectKind.HEAP_CLASS, failingResources);
    if (heap != null) {
      suspects.addAll(new HeapSuspects(criteria).rank(heap, classGrowth, oldObjectGroups));
    }
    String threads = firstExplained(SuspectKind.THREAD_GROUP, failingResources);
    if (threads != null) {
      suspects.addAll(threadSuspects(threads, evidence.threadGroups(), evidence.threadStarts()));
    }
    if (!classesFirst) {
      suspects.addAll(classSuspects);
    }
    String fd = firstExplained(SuspectKind.DESCRIPTOR, failingResources);
    if (fd != null) {
      suspects.addAll(
          new DescriptorSuspects(criteria).rank(fd, evidence.descriptors(), oldObjectGroups));
    }
    String resident = firstExplained(SuspectKind.NATIVE_HOLDER, failingResources);
    if (resident != null) {
      suspects.addAll(
          new NativeHolderSuspects(criteria).rank(resident, classGrowth, oldObjectGroups));
    }
    String direct = firstExplained(SuspectKind.DIRECT_BUFFER, failingResources);
    if (direct != null && directMemory != null && directMemory.known()) {
      suspects.add(
          Suspect.builder(1, SuspectKind.DIRECT_BUFFER, directMemory.owner(), direct)
              .growth(null, "buffers")
              .evidence(directMemory.explanation())
              .applicationFrame(FrameRole.ALLOCATES, directMemory.allocatingFrame())
              .stack(directMemory.stack())
              .heldBy(directMemory.referencePath(), directMemory.gcRoot())
              .build());
    }
    return suspects;
  }

  private List<Suspect> threadSuspects(
      String resource, List<ThreadGroupGrowth> groups, List<ThreadStartGroup> starts) {
    if (groups == null) {
      return List.of();
    }
    List<Suspect> suspects = new ArrayList<>();
    for (ThreadGroupGrowth g : filter(groups, g -> g.countGrowth() >= criteria.minThreadGrowth())) {
      ThreadStartGroup started =
          starts == null
              ? null
              : starts.stream()
                  .filter(s -> s.namePattern().equals(g.namePattern()))
                  .filter(s -> s.applicationFrame() != null)
                  .findFirst()
                  .orElse(null);
      if (started != null) {
        suspects.add(startedThreads(suspects.size() + 1, resource, g, started));
        continue;
      }
      suspects.add(
          Suspect.builder(suspects.size() + 1, SuspectKind.THREAD_GROUP, g.namePattern(), resource)
              .growth(g.threadsPerHour(), "threads")
              .instancesPerHour(g.threadsPerHour())
              .evidence(
                  String.format(
                      "threads named %s grew from %d to %d (%,.0f/h); e.g. %s is %s",
                      g.namePattern(),
                      g.countBefore(),
                      g.countAfter(),
                      g.threadsPerHour(),
                      g.sampleThreadName(),
                      g.sampleState()))
              .applicationFrame(FrameRole.WAITS, ApplicationFrames.of(g.sampleStack()))
              .stack(g.sampleStack())
              .build());
    }
    return suspects;
  }

  /** " in FRAME" for a stack with an application frame, else nothing. */
  private static String whereItIs(List<String> stack) {
    String frame = ApplicationFrames.of(stack);
    return frame == null ? "" : " in " + frame;
  }

  /** A thread group named by the line that starts its threads, with where they wait. */
  private static Suspect startedThreads(
      int rank, String resource, ThreadGroupGrowth g, ThreadStartGroup started) {
    return Suspect.builder(rank, SuspectKind.THREAD_GROUP, g.namePattern(), resource)
        .growth(g.threadsPerHour(), "threads")
        .instancesPerHour(g.threadsPerHour())
        .evidence(
            String.format(
                "threads named %s grew from %d to %d (%,.0f/h); %d of them %s %s, e.g. %s is %s%s",
                g.namePattern(),
                g.countBefore(),
                g.countAfter(),
                g.threadsPerHour(),
                started.count(),
                FrameRole.STARTS.phrase(),
                started.applicationFrame(),
                g.sampleThreadName(),
                g.sampleState(),
                whereItIs(g.sampleStack())))
        .applicationFrame(FrameRole.STARTS, started.applicationFrame())
        .stack(started.stack())
        .build();
  }

  private List<Suspect> loaderSuspects(String resource, List<LoaderGrowth> loaders) {
    if (loaders == null) {
      return List.of();
    }
    List<Suspect> suspects = new ArrayList<>();
    for (LoaderGrowth g :
        filter(loaders, this::loaderGrewEnough).stream()
            .sorted(Comparator.comparing((LoaderGrowth g) -> isPlatformLoader(g.loaderType())))
            .toList()) {
      suspects.add(
          Suspect.builder(suspects.size() + 1, SuspectKind.CLASS_LOADER, g.loaderType(), resource)
              .growth(g.metaspaceBytesPerHour(), Units.BYTES)
              .instancesPerHour(g.loadersPerHour())
              .evidence(
                  String.format(
                      "%s loaders grew from %d to %d (%,.0f/h), defining %,d more classes and"
                          + " holding %s more metaspace",
                      g.loaderType(),
                      g.loadersBefore(),
                      g.loadersAfter(),
                      g.loadersPerHour(),
                      g.classesGrowth(),
                      Figures.bytes(g.metaspaceBytesGrowth())))
              .build());
    }
    return suspects;
  }

  private boolean loaderGrewEnough(LoaderGrowth g) {
    if (isPlatformLoader(g.loaderType())) {
      return g.loadersGrowth() >= 10L * criteria.minLoaderGrowth();
    }
    return g.loadersGrowth() >= criteria.minLoaderGrowth()
        || g.classesGrowth() >= criteria.minLoaderClassesGrowth();
  }

  private static boolean isPlatformLoader(String loaderType) {
    // "<boot class loader>" has no package: it counts as the platform's too.
    return JvmClassNames.isPlatformClass(loaderType);
  }

  private static <T> List<T> filter(List<T> items, Predicate<T> keep) {
    return items.stream().filter(keep).toList();
  }

  private static String firstExplained(SuspectKind kind, Set<String> failingResources) {
    return failingResources.stream().filter(kind::explains).sorted().findFirst().orElse(null);
  }
}
