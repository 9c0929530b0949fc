package dev.leakhunt.analyzer.series;

import dev.leakhunt.analyzer.sampler.ProcessMemoryRows;
import dev.leakhunt.contract.run.ResourceIds;
import dev.leakhunt.contract.run.Units;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which recorded resources are judged for leaks, and their units. Everything else in the samples
 * file (raw heap, pools, CPU, GC counters) is context for the reader, not a leak signal.
 */
public final class ResourceCatalog {
  /** Platform resources judged in every run, in report order. */
  public static final List<String> PLATFORM_JUDGED =
      List.of(
          ResourceIds.HEAP_LIVE,
          ResourceIds.METASPACE_USED,
          ResourceIds.COMPRESSED_CLASS_SPACE_USED,
          ResourceIds.CLASSES_LOADED,
          ResourceIds.THREADS_LIVE,
          ResourceIds.BUFFER_DIRECT_USED,
          ResourceIds.BUFFER_MAPPED_USED,
          ResourceIds.FD_OPEN);

  private static final Set<String> COUNTS =
      Set.of(ResourceIds.CLASSES_LOADED, ResourceIds.THREADS_LIVE, ResourceIds.FD_OPEN);
  private static final String CAPACITY_PREFIX = "capacity:";
  private static final String MBEAN_PREFIX = "mbean:";

  private ResourceCatalog() {}

  /** The row id that carries the capacity of {@code resource}. */
  public static String capacityRow(String resource) {
    return CAPACITY_PREFIX + resource;
  }

  /**
   * The unit of a resource: {@code count} for counts, {@code bytes} for memory. An MBean attribute
   * is in bytes when its name says so ({@code ...Memory}, {@code ...Bytes}), else a count.
   */
  public static String unitOf(String resource) {
    if (resource.startsWith(MBEAN_PREFIX)) {
      String attribute = resource.substring(resource.lastIndexOf('#') + 1).toLowerCase();
      return attribute.contains("memory") || attribute.contains(Units.BYTES)
          ? Units.BYTES
          : Units.COUNT;
    }
    if (COUNTS.contains(resource) || resource.endsWith(".count")) {
      return Units.COUNT;
    }
    return Units.BYTES;
  }

  /**
   * NMT rows recorded as context but not judged: the Java heap (its committed size follows the
   * collector's sizing policy; the live set is judged instead), the total (which includes it), and
   * the JIT's scratch arenas (Compiler, Arena Chunk), malloc'ed and freed by every compilation:
   * they swing by megabytes within seconds (peaks of 20 MiB seen), so a 90 s window of a clean shop
   * put their slope's upper bound at 43-83 MiB/h, and a leak there would be a JVM bug. Also
   * Tracing: JFR's own memory, which the watcher's diagnosis recording fills (a clean shop's
   * Tracing grew 12 MiB/h, 95 % CI 11.3-12.6, over a 70 s window with the recording on): the
   * analyzer's footprint, not the application's.
   */
  private static final Set<String> NMT_CONTEXT_ONLY =
      Set.of(
          ProcessMemoryRows.NMT_TOTAL,
          ProcessMemoryRows.NMT_JAVA_HEAP,
          ProcessMemoryRows.nmtCategory("compiler"),
          ProcessMemoryRows.nmtCategory("arena-chunk"),
          ProcessMemoryRows.nmtCategory("tracing"));

  /** Whether an NMT row is judged: every category but those in {@code NMT_CONTEXT_ONLY}. */
  public static boolean isJudgedNmtCategory(String resource) {
    return ProcessMemoryRows.isNmtCategory(resource) && !NMT_CONTEXT_ONLY.contains(resource);
  }

  /** The resources of a recorded run to judge: see {@link #judgedIn(Collection)}. */
  public static List<String> judgedIn(RecordedRun run) {
    return judgedIn(
        run.rows().entrySet().stream()
            .filter(row -> !row.getValue().isEmpty())
            .map(Map.Entry::getKey)
            .toList());
  }

  /**
   * The resources to judge among the row ids a run recorded (in the order first recorded): the
   * platform ones it holds, the process's resident set and NMT categories when sampled, then its
   * MBeans.
   */
  public static List<String> judgedIn(Collection<String> recordedIds) {
    Set<String> recorded = new LinkedHashSet<>(recordedIds);
    List<String> judged = new ArrayList<>();
    for (String resource : PLATFORM_JUDGED) {
      // The live heap is always judged: no GC in the window is itself worth an INCONCLUSIVE.
      if (resource.equals(ResourceIds.HEAP_LIVE) || recorded.contains(resource)) {
        judged.add(resource);
      }
    }
    // The resident set outside the heap when it is known (the heap is judged as heap.live), else
    // the whole resident set.
    if (recorded.contains(ProcessMemoryRows.RSS_NATIVE)) {
      judged.add(ProcessMemoryRows.RSS_NATIVE);
    } else if (recorded.contains(ProcessMemoryRows.RSS)) {
      judged.add(ProcessMemoryRows.RSS);
    }
    for (String resource : recorded) {
      if (isJudgedNmtCategory(resource)) {
        judged.add(resource);
      }
    }
    for (String resource : recorded) {
      if (resource.startsWith(MBEAN_PREFIX)) {
        judged.add(resource);
      }
    }
    return judged;
  }
}
