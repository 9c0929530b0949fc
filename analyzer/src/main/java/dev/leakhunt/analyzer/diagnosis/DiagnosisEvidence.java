package dev.leakhunt.analyzer.diagnosis;

import java.util.List;

/**
 * Everything the collectors gathered from the target at the end of warm-up and at the end of the
 * run; any part is null when it was turned off or could not run, and {@code notes} says why.
 *
 * @param histogramAtWarmupEnd class histogram at the end of warm-up
 * @param histogramAtEnd class histogram at the end of the run
 * @param threadsAtWarmupEnd live threads at the end of warm-up
 * @param threadsAtEnd live threads at the end of the run
 * @param loadersAtWarmupEnd class loader statistics at the end of warm-up
 * @param loadersAtEnd class loader statistics at the end of the run
 * @param descriptorsAtWarmupEnd open descriptors of a local target at the end of warm-up
 * @param descriptorsAtEnd open descriptors of a local target at the end of the run
 * @param oldObjectGroups grouped JFR old-object samples of the run
 * @param classDefinitions classes defined during the recording, grouped by pattern, loader and line
 * @param threadStarts threads started during the recording, grouped by name pattern and line
 * @param jfrFile file name of the recording inside the run's output folder
 * @param notes one sentence per part that could not run, saying why
 */
public record DiagnosisEvidence(
    ClassHistogram histogramAtWarmupEnd,
    ClassHistogram histogramAtEnd,
    ThreadSnapshot threadsAtWarmupEnd,
    ThreadSnapshot threadsAtEnd,
    LoaderSnapshot loadersAtWarmupEnd,
    LoaderSnapshot loadersAtEnd,
    DescriptorSnapshot descriptorsAtWarmupEnd,
    DescriptorSnapshot descriptorsAtEnd,
    List<OldObjectGroup> oldObjectGroups,
    List<ClassDefinitionGroup> classDefinitions,
    List<ThreadStartGroup> threadStarts,
    String jfrFile,
    List<String> notes) {
  public DiagnosisEvidence {
    oldObjectGroups = oldObjectGroups == null ? null : List.copyOf(oldObjectGroups);
    classDefinitions = classDefinitions == null ? null : List.copyOf(classDefinitions);
    threadStarts = threadStarts == null ? null : List.copyOf(threadStarts);
    notes = List.copyOf(notes);
  }

  /** Evidence without thread starts (no recording, or captured before they were recorded). */
  public DiagnosisEvidence(
      ClassHistogram histogramAtWarmupEnd,
      ClassHistogram histogramAtEnd,
      ThreadSnapshot threadsAtWarmupEnd,
      ThreadSnapshot threadsAtEnd,
      LoaderSnapshot loadersAtWarmupEnd,
      LoaderSnapshot loadersAtEnd,
      DescriptorSnapshot descriptorsAtWarmupEnd,
      DescriptorSnapshot descriptorsAtEnd,
      List<OldObjectGroup> oldObjectGroups,
      List<ClassDefinitionGroup> classDefinitions,
      String jfrFile,
      List<String> notes) {
    this(
        histogramAtWarmupEnd,
        histogramAtEnd,
        threadsAtWarmupEnd,
        threadsAtEnd,
        loadersAtWarmupEnd,
        loadersAtEnd,
        descriptorsAtWarmupEnd,
        descriptorsAtEnd,
        oldObjectGroups,
        classDefinitions,
        null,
        jfrFile,
        notes);
  }

  /** Evidence of a diagnosis that gathered nothing, with the sentence saying why. */
  public static DiagnosisEvidence noteOnly(String note) {
    return new DiagnosisEvidence(
        null, null, null, null, null, null, null, null, null, null, null, List.of(note));
  }
}
