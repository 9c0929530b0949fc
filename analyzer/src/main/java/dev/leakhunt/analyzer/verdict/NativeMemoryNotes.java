package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.sampler.ProcessMemoryRows;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.ResourceIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words for the memory outside the Java heap: what could not be sampled and how to get it (notes
 * for the run's reason), and what a failing {@code rss} or NMT category usually means (appended to
 * that resource's reason).
 *
 * <p>Measured on JDK 17 ({@code bench/README.md}): the zlib memory behind an unclosed {@code
 * Deflater}, {@code Inflater} or GZIP stream is malloc'ed by the zlib library itself and is seen by
 * no NMT category, only by rss; direct memory ({@code ByteBuffer.allocateDirect}, {@code
 * Unsafe.allocateMemory}, Netty's pooled buffers) is NMT's Other.
 */
final class NativeMemoryNotes {
  private static final Map<String, String> MEANING_BY_CATEGORY =
      Map.of(
          "other",
          "native memory allocated for the application outside the heap: direct memory"
              + " (ByteBuffer.allocateDirect, Unsafe.allocateMemory); typical causes: direct"
              + " buffers never released, e.g. pooled Netty buffers, which the JDK's buffer pool"
              + " MBeans do not count",
          "internal",
          "native memory the JVM allocates for itself outside the other categories (JVMTI"
              + " agents, perf data) and, before JDK 11, direct memory (Unsafe.allocateMemory)",
          "thread",
          "thread stacks and per-thread structures: threads started and never ended",
          "class",
          "class metadata: classes defined and never unloaded, e.g. class loaders kept alive",
          "metaspace",
          "class metadata: classes defined and never unloaded, e.g. class loaders kept alive",
          "code",
          "JIT-compiled code: methods keep being compiled, e.g. classes generated at run time",
          "symbol",
          "the JVM's symbol table: names of classes, methods and interned strings keep being"
              + " added",
          "gc",
          "the collector's own structures (remembered sets, mark bitmaps), which grow with the"
              + " committed heap");

  private NativeMemoryNotes() {}

  /** The notes on what the run could not sample, each one sentence without a final stop. */
  static List<String> notes(RunDigest run) {
    List<String> notes = new ArrayList<>();
    if (hasEvent(run, ProcessMemoryRows.RSS_UNAVAILABLE_EVENT_PREFIX + ProcessMemoryRows.REMOTE)) {
      notes.add(
          "rss not judged: the target does not run on this machine (or runs in another pid"
              + " namespace) and no JMX attribute gives a process's resident memory; run the"
              + " analyzer beside the target (--pid) to judge it against the container's limit");
    } else if (hasEvent(
        run, ProcessMemoryRows.RSS_UNAVAILABLE_EVENT_PREFIX + ProcessMemoryRows.UNREADABLE)) {
      notes.add(
          "rss not judged: the target's /proc/PID/status could not be read (run the analyzer as"
              + " the target's user)");
    }
    if (hasEvent(run, ProcessMemoryRows.NMT_OFF_EVENT_PREFIX + ProcessMemoryRows.DISABLED)) {
      notes.add(
          "native memory not judged by category: the target runs without Native Memory"
              + " Tracking; start it with -XX:NativeMemoryTracking=summary to judge Other,"
              + " Internal, Thread, Code and the other NMT categories each");
    } else if (hasEvent(
        run, ProcessMemoryRows.NMT_OFF_EVENT_PREFIX + ProcessMemoryRows.UNSUPPORTED)) {
      notes.add(
          "native memory not judged by category: the target's JVM has no VM.native_memory"
              + " command (Native Memory Tracking is HotSpot's)");
    }
    return notes;
  }

  /**
   * The verdict with what its growth usually means appended to its reason, when it FAILs and is
   * {@code rss} or an NMT category; otherwise the verdict unchanged.
   *
   * @param all every resource verdict of the run (rss is read against the NMT categories)
   */
  static ResourceVerdict explained(
      ResourceVerdict verdict, List<ResourceVerdict> all, RunDigest run) {
    if (verdict.outcome() != Outcome.FAIL) {
      return verdict;
    }
    String meaning = meaning(verdict.resource(), all, run);
    if (meaning == null) {
      return verdict;
    }
    return verdict.withReason(withoutFinalStop(verdict.reason()) + ": " + meaning + ".");
  }

  private static String meaning(String resource, List<ResourceVerdict> all, RunDigest run) {
    if (resource.equals(ProcessMemoryRows.RSS) || resource.equals(ProcessMemoryRows.RSS_NATIVE)) {
      return rssMeaning(resource, all, run);
    }
    if (!ProcessMemoryRows.isNmtCategory(resource)) {
      return null;
    }
    String category =
        resource.substring(
            ProcessMemoryRows.NMT_PREFIX.length(),
            resource.length() - ProcessMemoryRows.NMT_SUFFIX.length());
    return MEANING_BY_CATEGORY.get(category);
  }

  private static String rssMeaning(String resource, List<ResourceVerdict> all, RunDigest run) {
    boolean outsideHeap = resource.equals(ProcessMemoryRows.RSS_NATIVE);
    String limit =
        hasEvent(run, ProcessMemoryRows.RSS_CGROUP_LIMIT_EVENT)
            ? "its capacity is the container's (control group's) memory limit"
                + (outsideHeap ? " less the heap's maximum" : "")
                + ", where the kernel kills the process without an OutOfMemoryError"
            : "its capacity is the machine's physical memory"
                + (outsideHeap ? " less the heap's maximum" : "")
                + " (no container limit)";
    String heap =
        !outsideHeap && failing(all, ResourceIds.HEAP_LIVE)
            ? "; heap.live fails too, and the heap's pages are part of the resident set"
            : "";
    List<ResourceVerdict> nmtFailing =
        all.stream()
            .filter(v -> v.outcome() == Outcome.FAIL)
            .filter(v -> ProcessMemoryRows.isNmtCategory(v.resource()))
            .toList();
    String untracked =
        "native memory the JVM does not track: malloc by native libraries through JNI (zlib"
            + " behind an Inflater, Deflater or GZIP stream that is never closed or ended and"
            + " stays reachable is the classic) or glibc's malloc arenas";
    if (!nmtFailing.isEmpty()) {
      String categories =
          String.join(", ", nmtFailing.stream().map(ResourceVerdict::resource).toList());
      // Blaming a category that grows a thousandth as fast as the resident set is the misleading
      // path this tool exists to avoid: name it only with the share of the growth it explains.
      double share = slopeOf(nmtFailing) / slopeOf(List.of(verdictOf(all, resource)));
      if (Double.isNaN(share) || share >= HALF) {
        return (outsideHeap
                ? "the process's resident memory outside the heap"
                : "the process's resident memory")
            + " grows with NMT's "
            + categories
            + heap
            + "; "
            + limit;
      }
      return String.format(
          Locale.ROOT,
          "NMT's %s grow%s too but explain%s only %.0f %% of it, so most of the growth is in %s%s; %s",
          categories,
          nmtFailing.size() == 1 ? "s" : "",
          nmtFailing.size() == 1 ? "s" : "",
          100 * Math.max(0, share),
          untracked,
          heap,
          limit);
    }
    boolean nmtSampled = run.recordedIds().stream().anyMatch(ProcessMemoryRows::isNmtCategory);
    String where =
        nmtSampled
            ? "no NMT category grows beyond its limit, so the growth is in " + untracked
            : "the JVM's memory MXBeans do not show it; turn on Native Memory Tracking"
                + " (-XX:NativeMemoryTracking=summary) to tell the JVM's own native memory from"
                + " native libraries' (zlib behind unclosed Inflater, Deflater or GZIP streams,"
                + " glibc's malloc arenas)";
    return where + heap + "; " + limit;
  }

  private static final double HALF = 0.5;

  private static ResourceVerdict verdictOf(List<ResourceVerdict> all, String resource) {
    return all.stream().filter(v -> v.resource().equals(resource)).findFirst().orElseThrow();
  }

  /** The summed fitted slopes, bytes per hour; NaN when one has no trend. */
  private static double slopeOf(List<ResourceVerdict> verdicts) {
    return verdicts.stream()
        .mapToDouble(v -> v.trend() == null ? Double.NaN : v.trend().slopePerHour())
        .sum();
  }

  private static boolean failing(List<ResourceVerdict> all, String resource) {
    return all.stream().anyMatch(v -> v.resource().equals(resource) && v.outcome() == Outcome.FAIL);
  }

  private static boolean hasEvent(RunDigest run, String event) {
    return run.recordedIds().contains(event);
  }

  private static String withoutFinalStop(String sentence) {
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
  }
}
