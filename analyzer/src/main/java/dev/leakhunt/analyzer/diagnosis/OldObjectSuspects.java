package dev.leakhunt.analyzer.diagnosis;

import java.util.ArrayList;
import java.util.List;

/**
 * Heap suspects from JFR old-object samples alone, for runs without class histograms: the groups
 * that hold a large share of the samples. Samples carry no byte counts, so no growth per hour.
 */
final class OldObjectSuspects {
  private static final int MAX_SUSPECTS = 3;
  private final SuspectCriteria criteria;

  OldObjectSuspects(SuspectCriteria criteria) {
    this.criteria = criteria;
  }

  List<Suspect> rank(String resource, List<OldObjectGroup> groups) {
    if (groups == null || groups.isEmpty()) {
      return List.of();
    }
    int total = groups.stream().mapToInt(OldObjectGroup::sampleCount).sum();
    List<Suspect> suspects = new ArrayList<>();
    for (OldObjectGroup g : groups) {
      if (suspects.size() == MAX_SUSPECTS
          || g.sampleCount() < criteria.minOldObjectShare() * total) {
        break;
      }
      suspects.add(
          new Suspect(
              suspects.size() + 1,
              SuspectKind.HEAP_CLASS,
              g.objectType(),
              resource,
              null,
              "bytes",
              null,
              String.format(
                  "%d of %d JFR old-object samples are %s held by %s (no histograms, so no"
                      + " growth figure)",
                  g.sampleCount(), total, g.objectType(), g.referencePath()),
              g.applicationFrame(),
              g.allocationStack(),
              g.referencePath(),
              g.gcRoot()));
    }
    return suspects;
  }
}
