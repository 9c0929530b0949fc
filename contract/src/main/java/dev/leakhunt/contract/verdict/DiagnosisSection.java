package dev.leakhunt.contract.verdict;

import java.util.List;

/**
 * The {@code diagnosis} section of {@code verdict.json}: what leaks and where. Kinds and roles are
 * written as their names and read as text, so a reader meets a kind a newer analyzer names without
 * failing. The analyzer's diagnosis model converts to and from this section field by field.
 *
 * @param suspects named causes of the failing resources, strongest first per kind
 * @param classGrowth the classes that grew most between the two histograms
 * @param oldObjectGroups the largest groups of JFR old-object samples that can hold a leak
 * @param oldObjectTriage how the JFR old-object samples were sorted, or null without JFR
 * @param threadGroups the thread name patterns that grew
 * @param classLoaders the class loader types that grew
 * @param classDefinitions the classes defined while the run was judged, grouped
 * @param descriptors the kinds of open descriptors that grew on a local target
 * @param directMemory the owner of direct memory, or why it cannot be known
 * @param histograms what each class histogram cost the target
 * @param jfrFile the recording's file name in the output folder, or null
 * @param heapDumpPath where the heap dump was written on the target's file system, or null
 * @param notes one sentence per part that could not run, saying why
 */
public record DiagnosisSection(
    List<Suspect> suspects,
    List<ClassGrowth> classGrowth,
    List<OldObjectGroup> oldObjectGroups,
    OldObjectTriage oldObjectTriage,
    List<ThreadGroup> threadGroups,
    List<LoaderGrowth> classLoaders,
    List<ClassDefinitionGroup> classDefinitions,
    List<DescriptorGroup> descriptors,
    DirectMemory directMemory,
    List<HistogramCost> histograms,
    String jfrFile,
    String heapDumpPath,
    List<String> notes) {

  /** An absent list (older files) reads as empty. */
  public DiagnosisSection {
    suspects = listOf(suspects);
    classGrowth = listOf(classGrowth);
    oldObjectGroups = listOf(oldObjectGroups);
    threadGroups = listOf(threadGroups);
    classLoaders = listOf(classLoaders);
    classDefinitions = listOf(classDefinitions);
    descriptors = listOf(descriptors);
    histograms = listOf(histograms);
    notes = listOf(notes);
  }

  private static <T> List<T> listOf(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  /**
   * One named cause of a leak.
   *
   * @param rank 1 for the strongest suspect of its kind, then 2, 3, ...
   * @param kind what the suspect is, e.g. {@code HEAP_CLASS}, {@code THREAD_GROUP}
   * @param name the class, thread name pattern or loader type
   * @param resource the judged resource it explains, e.g. {@code heap.live}
   * @param growthPerHour growth attributed to it per hour in {@code growthUnit}, or null
   * @param growthUnit {@code bytes}, {@code threads}, {@code loaders} or {@code buffers}
   * @param instancesPerHour object (or thread, loader) count growth per hour, or null
   * @param evidence one sentence with the figures that make it a suspect
   * @param applicationFrame the frame in the application's code, or null
   * @param applicationFrameRole what that frame is, e.g. {@code ALLOCATES}; null without a frame
   * @param stack the allocation or thread stack, innermost frame first
   * @param referencePath path from a sampled object to its GC root, or null
   * @param gcRoot the GC root that path ends at, or null
   * @param trace for a heap leak, the leak trace with its fingerprint, or null
   */
  public record Suspect(
      int rank,
      String kind,
      String name,
      String resource,
      Double growthPerHour,
      String growthUnit,
      Double instancesPerHour,
      String evidence,
      String applicationFrame,
      String applicationFrameRole,
      List<String> stack,
      String referencePath,
      String gcRoot,
      LeakTrace trace) {}

  /**
   * What holds a heap leak: the GC root, the chain of fields down to the accumulation point, the
   * class that piles up and the line that allocates it.
   *
   * @param fingerprint stable hash of the chain from the root to the accumulation point: two runs
   *     with the same fingerprint hold the same leak
   * @param fingerprintSource the chain that was hashed, root first
   * @param ownerClass the class whose objects pile up at the accumulation point
   * @param allocatingFrame the first application frame of the allocation stack, or null
   * @param gcRoot the root the trace starts from
   * @param accumulationPoint the growing collection or field as printed
   * @param path the nodes, root first
   * @param sampleCount JFR old-object samples held through this accumulation point
   * @param ownerInstancesBefore live owner instances in the first histogram, or null
   * @param ownerInstancesAfter live owner instances in the second histogram, or null
   * @param ownerInstancesPerHour the owner's instance growth per hour, or null
   * @param ownerBytesPerHour the owner's shallow byte growth per hour, or null
   */
  public record LeakTrace(
      String fingerprint,
      String fingerprintSource,
      String ownerClass,
      String allocatingFrame,
      String gcRoot,
      String accumulationPoint,
      List<TraceNode> path,
      int sampleCount,
      Long ownerInstancesBefore,
      Long ownerInstancesAfter,
      Double ownerInstancesPerHour,
      Double ownerBytesPerHour) {}

  /** One node of a leak trace; {@code kind} is e.g. {@code ROOT}, {@code STATIC_FIELD}. */
  public record TraceNode(
      String text,
      String className,
      String field,
      String kind,
      boolean accumulationPoint,
      boolean leaking) {}

  /** A class's growth between the two histograms. */
  public record ClassGrowth(
      String className,
      long instancesBefore,
      long instancesAfter,
      long bytesBefore,
      long bytesAfter,
      long instancesGrowth,
      long bytesGrowth,
      double instancesPerHour,
      double bytesPerHour) {}

  /** A group of JFR old-object samples with the same type, path and root. */
  public record OldObjectGroup(
      String objectType,
      String referencePath,
      String gcRoot,
      int sampleCount,
      String applicationFrame,
      List<String> allocationStack,
      List<PathLink> links) {}

  /** One step of a reference path; {@code kind} is e.g. {@code FIELD}, {@code STATIC_FIELD}. */
  public record PathLink(String kind, String className, String field) {}

  /** How the JFR old-object samples were sorted. */
  public record OldObjectTriage(
      int leakCandidateSamples,
      int threadStackSamples,
      int unreachableSamples,
      int watcherSamples) {}

  /** A thread name pattern that grew, with a sample thread. */
  public record ThreadGroup(
      String namePattern,
      int countBefore,
      int countAfter,
      int countGrowth,
      double threadsPerHour,
      String sampleThreadName,
      String sampleState,
      List<String> sampleStack) {}

  /** A class loader type that grew. */
  public record LoaderGrowth(
      String loaderType,
      long loadersBefore,
      long loadersAfter,
      long loadersGrowth,
      long classesGrowth,
      long metaspaceBytesGrowth,
      double loadersPerHour,
      double metaspaceBytesPerHour) {}

  /** Classes defined while the run was judged, grouped by name pattern, loader and line. */
  public record ClassDefinitionGroup(
      String namePattern,
      boolean hidden,
      String loaderType,
      int count,
      double definedPerHour,
      String applicationFrame,
      List<String> stack,
      String exampleClassName) {}

  /** A kind of open descriptor (path, socket kind) that grew. */
  public record DescriptorGroup(
      String pattern, int countBefore, int countAfter, int countGrowth, double perHour) {}

  /** The owner of direct memory, or why it cannot be known. */
  public record DirectMemory(
      boolean known,
      String owner,
      String explanation,
      String allocatingFrame,
      String referencePath,
      String gcRoot,
      List<String> stack) {}

  /** What one class histogram cost the target. */
  public record HistogramCost(
      String moment, long takenAtMs, long durationMs, long liveBytes, long liveInstances) {}
}
