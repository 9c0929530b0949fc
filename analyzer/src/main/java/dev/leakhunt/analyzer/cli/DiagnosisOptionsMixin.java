package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.sampler.diagnosis.DiagnosisOptions;
import picocli.CommandLine.Option;

/**
 * The {@code watch} options that choose what the diagnosis (what leaks, where) may do to the
 * target. All on by default except the heap dump, which is as large as the heap.
 */
public final class DiagnosisOptionsMixin {
  @Option(
      names = "--no-histograms",
      description =
          "Take no class histograms (each runs a full GC on the target, at warm-up end and at the"
              + " end): no class growth per hour in the verdict.")
  boolean noHistograms;

  @Option(
      names = "--no-jfr",
      description =
          "Record no JFR old-object samples (for targets where JFR is not allowed): no"
              + " allocation stacks or paths to GC roots.")
  boolean noJfr;

  @Option(
      names = "--no-thread-dumps",
      description = "Take no thread dumps: thread leaks are judged but not named.")
  boolean noThreadDumps;

  @Option(
      names = "--no-classloader-stats",
      description = "Skip VM.classloader_stats: metaspace leaks are judged but no loader named.")
  boolean noClassLoaderStats;

  @Option(
      names = "--heap-dump-on-leak",
      description =
          "On a FAIL verdict, write a heap dump of the target's live objects (opens in Eclipse"
              + " MAT) and record its path in the verdict.")
  boolean heapDumpOnLeak;

  @Option(
      names = "--heap-dump-dir",
      paramLabel = "DIR",
      description =
          "Directory ON THE TARGET's machine for the heap dump (default: the --out directory,"
              + " right when the target runs on this machine).")
  String heapDumpDirectory;

  /** The options as the collector takes them. */
  public DiagnosisOptions toOptions() {
    return new DiagnosisOptions(
        !noHistograms,
        !noJfr,
        !noThreadDumps,
        !noClassLoaderStats,
        heapDumpOnLeak,
        heapDumpDirectory);
  }
}
