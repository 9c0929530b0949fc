package dev.leakhunt.analyzer.diagnosis.model;

import java.util.List;

/**
 * The class loaders of the target per type at one moment.
 *
 * @param takenAtMs when the statistics were taken, ms since the epoch
 * @param loaderTypes one entry per loader type
 */
public record LoaderSnapshot(long takenAtMs, List<LoaderTypeStats> loaderTypes) {
  public LoaderSnapshot {
    loaderTypes = List.copyOf(loaderTypes);
  }
}
