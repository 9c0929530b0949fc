package dev.leakhunt.analyzer.diagnosis.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What leaks and where: the {@code diagnosis} section of {@code verdict.json}.
 *
 * @param suspects named causes of the failing resources, strongest first per kind; empty when no
 *     resource failed or nothing grew enough to be named
 * @param classGrowth the classes that grew most between the two histograms (top entries)
 * @param oldObjectGroups the largest groups of JFR old-object samples that can hold a leak (top
 *     entries); those held only by a running thread's stack, unreachable ones and the watcher's own
 *     are counted in {@code oldObjectTriage} instead
 * @param oldObjectTriage how the JFR old-object samples were sorted, or null without JFR
 * @param threadGroups the thread name patterns that grew
 * @param classLoaders the class loader types that grew
 * @param classDefinitions the classes defined while the run was judged, grouped by name pattern,
 *     defining loader and defining line (top entries)
 * @param descriptors the kinds of open descriptors (path, socket kind) that grew on a local target
 * @param directMemory the owner of direct memory, or why it cannot be known
 * @param histograms what each class histogram cost the target
 * @param jfrFile the recording's file name in the output folder, or null
 * @param heapDumpPath where the heap dump was written on the target's file system, or null
 * @param notes one sentence per part that could not run, saying why
 */
public record Diagnosis(
    List<Suspect> suspects,
    List<ClassGrowth> classGrowth,
    List<OldObjectGroup> oldObjectGroups,
    OldObjectTriage oldObjectTriage,
    List<ThreadGroupGrowth> threadGroups,
    List<LoaderGrowth> classLoaders,
    List<ClassDefinitionGroup> classDefinitions,
    List<DescriptorGroupGrowth> descriptors,
    DirectMemoryOwner directMemory,
    List<HistogramCost> histograms,
    String jfrFile,
    String heapDumpPath,
    List<String> notes) {
  public Diagnosis {
    suspects = List.copyOf(suspects);
    classGrowth = List.copyOf(classGrowth);
    oldObjectGroups = List.copyOf(oldObjectGroups);
    threadGroups = List.copyOf(threadGroups);
    classLoaders = List.copyOf(classLoaders);
    classDefinitions = classDefinitions == null ? List.of() : List.copyOf(classDefinitions);
    descriptors = descriptors == null ? List.of() : List.copyOf(descriptors);
    histograms = List.copyOf(histograms);
    notes = List.copyOf(notes);
  }

  /** A copy with the heap dump's path recorded. */
  public Diagnosis withHeapDumpPath(String path) {
    return copy(path, notes);
  }

  /** A copy with one more note. */
  public Diagnosis withNote(String note) {
    List<String> more = new ArrayList<>(notes);
    more.add(note);
    return copy(heapDumpPath, more);
  }

  /** The two parts added after the diagnosis ran; every other part is kept. */
  private Diagnosis copy(String heapDumpPath, List<String> notes) {
    return new Diagnosis(
        suspects,
        classGrowth,
        oldObjectGroups,
        oldObjectTriage,
        threadGroups,
        classLoaders,
        classDefinitions,
        descriptors,
        directMemory,
        histograms,
        jfrFile,
        heapDumpPath,
        notes);
  }
}
