package dev.leakhunt.analyzer.diagnosis.model;

import java.util.List;

/**
 * Everything the collectors gathered from the target at the end of warm-up and at the end of the
 * run; any part is null when it was turned off or could not run, and {@code notes} says why. Built
 * with {@link #builder()}.
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

  /** Evidence of a diagnosis that gathered nothing, with the sentence saying why. */
  public static DiagnosisEvidence noteOnly(String note) {
    return builder().notes(List.of(note)).build();
  }

  /** Evidence with every part not gathered and no notes until set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the parts that were gathered, each snapshot in pairs: warm-up end, run end. */
  public static final class Builder {
    private ClassHistogram histogramAtWarmupEnd;
    private ClassHistogram histogramAtEnd;
    private ThreadSnapshot threadsAtWarmupEnd;
    private ThreadSnapshot threadsAtEnd;
    private LoaderSnapshot loadersAtWarmupEnd;
    private LoaderSnapshot loadersAtEnd;
    private DescriptorSnapshot descriptorsAtWarmupEnd;
    private DescriptorSnapshot descriptorsAtEnd;
    private List<OldObjectGroup> oldObjectGroups;
    private List<ClassDefinitionGroup> classDefinitions;
    private List<ThreadStartGroup> threadStarts;
    private String jfrFile;
    private List<String> notes = List.of();

    private Builder() {}

    public Builder histograms(ClassHistogram atWarmupEnd, ClassHistogram atEnd) {
      this.histogramAtWarmupEnd = atWarmupEnd;
      this.histogramAtEnd = atEnd;
      return this;
    }

    public Builder threads(ThreadSnapshot atWarmupEnd, ThreadSnapshot atEnd) {
      this.threadsAtWarmupEnd = atWarmupEnd;
      this.threadsAtEnd = atEnd;
      return this;
    }

    public Builder loaders(LoaderSnapshot atWarmupEnd, LoaderSnapshot atEnd) {
      this.loadersAtWarmupEnd = atWarmupEnd;
      this.loadersAtEnd = atEnd;
      return this;
    }

    public Builder descriptors(DescriptorSnapshot atWarmupEnd, DescriptorSnapshot atEnd) {
      this.descriptorsAtWarmupEnd = atWarmupEnd;
      this.descriptorsAtEnd = atEnd;
      return this;
    }

    public Builder oldObjectGroups(List<OldObjectGroup> groups) {
      this.oldObjectGroups = groups;
      return this;
    }

    public Builder classDefinitions(List<ClassDefinitionGroup> groups) {
      this.classDefinitions = groups;
      return this;
    }

    public Builder threadStarts(List<ThreadStartGroup> groups) {
      this.threadStarts = groups;
      return this;
    }

    public Builder jfrFile(String fileName) {
      this.jfrFile = fileName;
      return this;
    }

    public Builder notes(List<String> sentences) {
      this.notes = sentences;
      return this;
    }

    public DiagnosisEvidence build() {
      return new DiagnosisEvidence(
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
          threadStarts,
          jfrFile,
          notes);
    }
  }
}
