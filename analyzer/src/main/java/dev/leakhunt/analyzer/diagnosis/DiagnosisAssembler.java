package dev.leakhunt.analyzer.diagnosis;

import dev.leakhunt.analyzer.diagnosis.model.ClassGrowth;
import dev.leakhunt.analyzer.diagnosis.model.ClassHistogram;
import dev.leakhunt.analyzer.diagnosis.model.DescriptorGroupGrowth;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.diagnosis.model.DiagnosisEvidence;
import dev.leakhunt.analyzer.diagnosis.model.DirectMemoryOwner;
import dev.leakhunt.analyzer.diagnosis.model.HistogramCost;
import dev.leakhunt.analyzer.diagnosis.model.LoaderGrowth;
import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.diagnosis.model.SuspectKind;
import dev.leakhunt.analyzer.diagnosis.model.ThreadGroupGrowth;
import dev.leakhunt.analyzer.diagnosis.parse.DescriptorTables;
import dev.leakhunt.analyzer.diagnosis.rank.ClassGrowthRanker;
import dev.leakhunt.analyzer.diagnosis.rank.DirectMemoryOwners;
import dev.leakhunt.analyzer.diagnosis.rank.LoaderGrowthRanker;
import dev.leakhunt.analyzer.diagnosis.rank.RankedEvidence;
import dev.leakhunt.analyzer.diagnosis.rank.SampleTriage;
import dev.leakhunt.analyzer.diagnosis.rank.SuspectCriteria;
import dev.leakhunt.analyzer.diagnosis.rank.SuspectRanker;
import dev.leakhunt.analyzer.diagnosis.rank.ThreadGroupRanker;
import dev.leakhunt.analyzer.text.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns the gathered evidence and the judged resources into the {@link Diagnosis}. */
public final class DiagnosisAssembler {
  /** How many growing classes and JFR groups the diagnosis lists beside the suspects. */
  public static final int LISTED_ENTRIES = 15;

  private final SuspectCriteria criteria;

  public DiagnosisAssembler(SuspectCriteria criteria) {
    this.criteria = criteria;
  }

  /**
   * The diagnosis of a run.
   *
   * @param evidence what the collectors gathered
   * @param failingResources ids of the resources judged FAIL; only they get suspects
   */
  public Diagnosis assemble(DiagnosisEvidence evidence, Set<String> failingResources) {
    List<String> notes = new ArrayList<>(evidence.notes());
    List<HistogramCost> costs = new ArrayList<>();
    addCost(costs, "warmup-end", evidence.histogramAtWarmupEnd());
    addCost(costs, "run-end", evidence.histogramAtEnd());

    List<ClassGrowth> allGrowth = null;
    if (evidence.histogramAtWarmupEnd() != null && evidence.histogramAtEnd() != null) {
      allGrowth =
          ClassGrowthRanker.rank(
              evidence.histogramAtWarmupEnd(), evidence.histogramAtEnd(), Integer.MAX_VALUE);
    }
    List<ThreadGroupGrowth> threadGroups = null;
    if (evidence.threadsAtWarmupEnd() != null && evidence.threadsAtEnd() != null) {
      threadGroups =
          ThreadGroupRanker.rank(
              evidence.threadsAtWarmupEnd().threads(),
              evidence.threadsAtEnd().threads(),
              evidence.threadsAtEnd().takenAtMs() - evidence.threadsAtWarmupEnd().takenAtMs());
    }
    List<LoaderGrowth> loaders = null;
    if (evidence.loadersAtWarmupEnd() != null && evidence.loadersAtEnd() != null) {
      loaders =
          LoaderGrowthRanker.rank(
              evidence.loadersAtWarmupEnd().loaderTypes(),
              evidence.loadersAtEnd().loaderTypes(),
              evidence.loadersAtEnd().takenAtMs() - evidence.loadersAtWarmupEnd().takenAtMs());
    }
    List<DescriptorGroupGrowth> descriptors = null;
    if (evidence.descriptorsAtWarmupEnd() != null && evidence.descriptorsAtEnd() != null) {
      descriptors =
          DescriptorTables.rank(evidence.descriptorsAtWarmupEnd(), evidence.descriptorsAtEnd());
    }
    DirectMemoryOwner direct =
        DirectMemoryOwners.find(
            allGrowth, evidence.oldObjectGroups(), criteria.minDirectBufferGrowth());
    List<Suspect> suspects =
        new SuspectRanker(criteria)
            .rank(
                failingResources,
                RankedEvidence.builder()
                    .classGrowth(allGrowth)
                    .oldObjectGroups(evidence.oldObjectGroups())
                    .threadGroups(threadGroups)
                    .loaders(loaders)
                    .classDefinitions(evidence.classDefinitions())
                    .descriptors(descriptors)
                    .directMemory(direct)
                    .threadStarts(evidence.threadStarts())
                    .build());
    failingResources.stream()
        .filter(SuspectKind.HEAP_CLASS::explains)
        .findFirst()
        .filter(r -> suspects.stream().noneMatch(s -> s.kind() == SuspectKind.HEAP_CLASS))
        .ifPresent(
            r ->
                notes.add(
                    r
                        + " failed but no class grew enough to be named (at least "
                        + Figures.bytes(criteria.minPlatformClassBytesGrowth())
                        + ", or "
                        + criteria.minClassInstancesGrowth()
                        + " instances of an application class, between the histograms)"));
    return new Diagnosis(
        suspects,
        top(allGrowth),
        top(SampleTriage.candidates(evidence.oldObjectGroups())),
        evidence.oldObjectGroups() == null ? null : SampleTriage.count(evidence.oldObjectGroups()),
        threadGroups == null ? List.of() : threadGroups,
        loaders == null ? List.of() : loaders,
        top(evidence.classDefinitions()),
        top(descriptors),
        direct,
        costs,
        evidence.jfrFile(),
        null,
        notes);
  }

  private static void addCost(List<HistogramCost> costs, String moment, ClassHistogram h) {
    if (h != null) {
      costs.add(
          new HistogramCost(
              moment, h.takenAtMs(), h.durationMs(), h.totalBytes(), h.totalInstances()));
    }
  }

  private static <T> List<T> top(List<T> items) {
    return items == null ? List.of() : items.stream().limit(LISTED_ENTRIES).toList();
  }
}
