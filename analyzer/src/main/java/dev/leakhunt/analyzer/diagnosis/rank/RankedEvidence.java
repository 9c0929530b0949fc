package dev.leakhunt.analyzer.diagnosis.rank;

import dev.leakhunt.analyzer.diagnosis.model.ClassDefinitionGroup;
import dev.leakhunt.analyzer.diagnosis.model.ClassGrowth;
import dev.leakhunt.analyzer.diagnosis.model.DescriptorGroupGrowth;
import dev.leakhunt.analyzer.diagnosis.model.DirectMemoryOwner;
import dev.leakhunt.analyzer.diagnosis.model.LoaderGrowth;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.model.ThreadGroupGrowth;
import dev.leakhunt.analyzer.diagnosis.model.ThreadStartGroup;
import java.util.List;

/**
 * The gathered evidence ranked by growth, from which {@link SuspectRanker} names suspects; any part
 * is null when it was not gathered. Built with {@link #builder()}.
 *
 * @param classGrowth classes by growth between the two histograms
 * @param oldObjectGroups grouped JFR old-object samples
 * @param threadGroups thread name patterns by growth between the two thread dumps
 * @param loaders class loader types by growth
 * @param classDefinitions classes defined during the recording, by pattern, loader and line
 * @param descriptors kinds of open descriptors by growth
 * @param directMemory the owner of direct memory, or why it cannot be known
 * @param threadStarts threads started during the recording, by name pattern and line
 */
public record RankedEvidence(
    List<ClassGrowth> classGrowth,
    List<OldObjectGroup> oldObjectGroups,
    List<ThreadGroupGrowth> threadGroups,
    List<LoaderGrowth> loaders,
    List<ClassDefinitionGroup> classDefinitions,
    List<DescriptorGroupGrowth> descriptors,
    DirectMemoryOwner directMemory,
    List<ThreadStartGroup> threadStarts) {

  /** Evidence with every part not gathered until set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the parts that were gathered. */
  public static final class Builder {
    private List<ClassGrowth> classGrowth;
    private List<OldObjectGroup> oldObjectGroups;
    private List<ThreadGroupGrowth> threadGroups;
    private List<LoaderGrowth> loaders;
    private List<ClassDefinitionGroup> classDefinitions;
    private List<DescriptorGroupGrowth> descriptors;
    private DirectMemoryOwner directMemory;
    private List<ThreadStartGroup> threadStarts;

    private Builder() {}

    public Builder classGrowth(List<ClassGrowth> growth) {
      this.classGrowth = growth;
      return this;
    }

    public Builder oldObjectGroups(List<OldObjectGroup> groups) {
      this.oldObjectGroups = groups;
      return this;
    }

    public Builder threadGroups(List<ThreadGroupGrowth> groups) {
      this.threadGroups = groups;
      return this;
    }

    public Builder loaders(List<LoaderGrowth> growth) {
      this.loaders = growth;
      return this;
    }

    public Builder classDefinitions(List<ClassDefinitionGroup> groups) {
      this.classDefinitions = groups;
      return this;
    }

    public Builder descriptors(List<DescriptorGroupGrowth> growth) {
      this.descriptors = growth;
      return this;
    }

    public Builder directMemory(DirectMemoryOwner owner) {
      this.directMemory = owner;
      return this;
    }

    public Builder threadStarts(List<ThreadStartGroup> groups) {
      this.threadStarts = groups;
      return this;
    }

    public RankedEvidence build() {
      return new RankedEvidence(
          classGrowth,
          oldObjectGroups,
          threadGroups,
          loaders,
          classDefinitions,
          descriptors,
          directMemory,
          threadStarts);
    }
  }
}
