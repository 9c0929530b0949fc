package dev.leakhunt.analyzer.diagnosis;

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
   * The suspects for the failing resources only: a resource that passed needs no culprit.
   *
   * @param failingResources ids of the resources judged FAIL, e.g. {@code heap.live}
   */
  public List<Suspect> rank(
      Set<String> failingResources,
      List<ClassGrowth> classGrowth,
      List<OldObjectGroup> oldObjectGroups,
      List<ThreadGroupGrowth> threadGroups,
      List<LoaderGrowth> loaders,
      List<ClassDefinitionGroup> classDefinitions,
      List<DescriptorGroupGrowth> descriptors,
      DirectMemoryOwner directMemory) {
    List<Suspect> suspects = new ArrayList<>();
    String heap = firstExplained(SuspectKind.HEAP_CLASS, failingResources);
    if (heap != null) {
      suspects.addAll(new HeapSuspects(criteria).rank(heap, classGrowth, oldObjectGroups));
    }
    String threads = firstExplained(SuspectKind.THREAD_GROUP, failingResources);
    if (threads != null) {
      suspects.addAll(threadSuspects(threads, threadGroups));
    }
    String metaspace = firstExplained(SuspectKind.CLASS_LOADER, failingResources);
    if (metaspace != null) {
      // What keeps being defined, and where, says more than which loader type holds it.
      suspects.addAll(new ClassDefinitionSuspects(criteria).rank(metaspace, classDefinitions));
      suspects.addAll(loaderSuspects(metaspace, loaders));
    }
    String fd = firstExplained(SuspectKind.DESCRIPTOR, failingResources);
    if (fd != null) {
      suspects.addAll(new DescriptorSuspects(criteria).rank(fd, descriptors, oldObjectGroups));
    }
    String resident = firstExplained(SuspectKind.NATIVE_HOLDER, failingResources);
    if (resident != null) {
      suspects.addAll(
          new NativeHolderSuspects(criteria).rank(resident, classGrowth, oldObjectGroups));
    }
    String direct = firstExplained(SuspectKind.DIRECT_BUFFER, failingResources);
    if (direct != null && directMemory != null && directMemory.known()) {
      suspects.add(
          new Suspect(
              1,
              SuspectKind.DIRECT_BUFFER,
              directMemory.owner(),
              direct,
              null,
              "buffers",
              null,
              directMemory.explanation(),
              directMemory.allocatingFrame(),
              directMemory.stack(),
              directMemory.referencePath(),
              directMemory.gcRoot(),
              null));
    }
    return suspects;
  }

  private List<Suspect> threadSuspects(String resource, List<ThreadGroupGrowth> groups) {
    if (groups == null) {
      return List.of();
    }
    List<Suspect> suspects = new ArrayList<>();
    for (ThreadGroupGrowth g : filter(groups, g -> g.countGrowth() >= criteria.minThreadGrowth())) {
      suspects.add(
          new Suspect(
              suspects.size() + 1,
              SuspectKind.THREAD_GROUP,
              g.namePattern(),
              resource,
              g.threadsPerHour(),
              "threads",
              g.threadsPerHour(),
              String.format(
                  "threads named %s grew from %d to %d (%,.0f/h); e.g. %s is %s",
                  g.namePattern(),
                  g.countBefore(),
                  g.countAfter(),
                  g.threadsPerHour(),
                  g.sampleThreadName(),
                  g.sampleState()),
              ApplicationFrames.of(g.sampleStack()),
              g.sampleStack(),
              null,
              null,
              null));
    }
    return suspects;
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
          new Suspect(
              suspects.size() + 1,
              SuspectKind.CLASS_LOADER,
              g.loaderType(),
              resource,
              g.metaspaceBytesPerHour(),
              "bytes",
              g.loadersPerHour(),
              String.format(
                  "%s loaders grew from %d to %d (%,.0f/h), defining %,d more classes and"
                      + " holding %s more metaspace",
                  g.loaderType(),
                  g.loadersBefore(),
                  g.loadersAfter(),
                  g.loadersPerHour(),
                  g.classesGrowth(),
                  ByteSizes.format(g.metaspaceBytesGrowth())),
              null,
              List.of(),
              null,
              null,
              null));
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
