package dev.leakhunt.analyzer.sampler.diagnosis;

/**
 * Which diagnoses run against the target; each can be turned off for targets that forbid it or
 * cannot afford it.
 *
 * @param histograms class histograms at warm-up end and run end (each runs a full GC)
 * @param jfr a JFR old-object recording from warm-up end to run end
 * @param threads thread dumps at warm-up end and run end
 * @param classLoaders class loader statistics at warm-up end and run end
 * @param heapDumpOnLeak a heap dump when the verdict is a leak (off by default: it is as large as
 *     the heap)
 * @param heapDumpDirectoryOnTarget directory on the target's file system for the dump, or null for
 *     the run's output folder (right when the target runs on the same machine)
 */
public record DiagnosisOptions(
    boolean histograms,
    boolean jfr,
    boolean threads,
    boolean classLoaders,
    boolean heapDumpOnLeak,
    String heapDumpDirectoryOnTarget) {

  /** Everything on except the heap dump. */
  public static DiagnosisOptions defaults() {
    return new DiagnosisOptions(true, true, true, true, false, null);
  }
}
