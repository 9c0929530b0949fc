package dev.leakhunt.analyzer.sampler;

import java.io.IOException;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

/**
 * Samples the memory the JVM's memory MXBeans do not show: the process's resident set ({@code rss},
 * when the target runs on this machine; no MBean exposes it), read right after the target's free
 * C-heap pages are trimmed ({@link NativeHeapTrim}), with the memory limit of its control group as
 * capacity, split at the Java heap's boundary when {@code GC.heap_info} gives the heap's address
 * ranges ({@code rss.heap}, {@code rss.native}), and Native Memory Tracking's committed bytes per
 * category ({@code nmt.<category>.committed}, when the target runs with {@code
 * -XX:NativeMemoryTracking=summary} or {@code detail}), read through the DiagnosticCommand MBean
 * over the same connection.
 *
 * <p>What cannot be sampled is written once per connection as an event row, so that the verdict
 * says so: {@link ProcessMemoryRows}.
 *
 * <p>Cost: one NMT summary over JMX took 4.8 ms median (17 ms max, 50 calls) against a shop under
 * no load, the same as one attribute read on that connection; a sample reads some forty attributes,
 * so the summary is taken with every sample. Its effect on the target's throughput is in {@code
 * bench/README.md}.
 */
final class ProcessMemorySampler {
  /**
   * Always written, as 0 while NMT leaves them out (under 1 KB): the categories where native memory
   * the application allocates shows (Unsafe and direct buffers in Other, JNI and JVM internals in
   * Internal), so their series start with the run rather than when a leak makes them appear.
   */
  private static final List<String> ALWAYS_WRITTEN = List.of("internal", "other");

  private static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";
  private static final String[] SIGNATURE = {String[].class.getName()};

  private final MBeanServerConnection connection;
  private final ProcessMemory processMemory;
  private final HeapAddressRanges heapRanges;
  private final boolean nmtOn;
  private final NativeHeapTrim trim;
  private final Set<String> categoriesSeen = new LinkedHashSet<>(ALWAYS_WRITTEN);
  private final Map<String, Double> openingRows;
  private boolean openingRowsWritten;

  private ProcessMemorySampler(
      MBeanServerConnection connection,
      ProcessMemory processMemory,
      HeapAddressRanges heapRanges,
      boolean nmtOn,
      NativeHeapTrim trim,
      Map<String, Double> openingRows) {
    this.connection = connection;
    this.processMemory = processMemory;
    this.heapRanges = heapRanges;
    this.nmtOn = nmtOn;
    this.trim = trim;
    this.openingRows = openingRows;
  }

  /**
   * Finds out what can be sampled: the rss capacity and the event rows for what cannot are written
   * with this session's first sample (a session is opened before the evidence file may be written,
   * and its calls are bounded as one).
   *
   * @throws IOException when the connection fails
   */
  static ProcessMemorySampler open(MBeanServerConnection connection, RuntimeMXBean runtime)
      throws IOException {
    Map<String, Double> openingRows = new LinkedHashMap<>();
    ProcessMemory processMemory = null;
    HeapAddressRanges heapRanges = null;
    Optional<LocalProcess> local = LocalProcess.of(runtime, Path.of("/proc"));
    if (local.isEmpty()) {
      openingRows.put(
          ProcessMemoryRows.RSS_UNAVAILABLE_EVENT_PREFIX + ProcessMemoryRows.REMOTE, 1.0);
    } else {
      try {
        MemoryLimit.Capacity capacity = new MemoryLimit(Path.of("/")).of(local.get().pid());
        openingRows.put("capacity:" + ProcessMemoryRows.RSS, (double) capacity.bytes());
        if (capacity.fromCgroup()) {
          openingRows.put(ProcessMemoryRows.RSS_CGROUP_LIMIT_EVENT, (double) capacity.bytes());
        }
        processMemory = new ProcessMemory(local.get().procDir());
        processMemory.residentBytes();
        heapRanges = heapRanges(connection, processMemory);
        if (heapRanges != null) {
          openingRows.put(
              "capacity:" + ProcessMemoryRows.RSS_NATIVE,
              (double) Math.max(0, capacity.bytes() - heapRanges.reservedBytes()));
        }
      } catch (IOException | RuntimeException e) {
        processMemory = null; // A local process whose /proc files cannot be read (permissions).
        openingRows.put(
            ProcessMemoryRows.RSS_UNAVAILABLE_EVENT_PREFIX + ProcessMemoryRows.UNREADABLE, 1.0);
      }
    }
    String nmtOff = nmtOffReason(connection);
    if (nmtOff != null) {
      openingRows.put(ProcessMemoryRows.NMT_OFF_EVENT_PREFIX + nmtOff, 1.0);
    }
    NativeHeapTrim trim = processMemory == null ? null : NativeHeapTrim.ifSupported(connection);
    if (processMemory != null && trim == null) {
      openingRows.put(ProcessMemoryRows.NATIVE_TRIM_UNAVAILABLE_EVENT, 1.0);
    }
    return new ProcessMemorySampler(
        connection, processMemory, heapRanges, nmtOff == null, trim, openingRows);
  }

  /**
   * The heap's address ranges when {@code GC.heap_info} prints them and the process's {@code smaps}
   * can be read; else null, and rss is judged whole.
   */
  private static HeapAddressRanges heapRanges(
      MBeanServerConnection connection, ProcessMemory processMemory) throws IOException {
    String heapInfo;
    try {
      heapInfo =
          (String)
              connection.invoke(
                  new ObjectName(DIAGNOSTIC_COMMAND),
                  "gcHeapInfo",
                  new Object[] {new String[0]},
                  SIGNATURE);
    } catch (JMException | RuntimeException e) {
      return null; // No DiagnosticCommand MBean or no GC.heap_info: not HotSpot.
    }
    Optional<HeapAddressRanges> ranges = HeapAddressRanges.parse(heapInfo);
    if (ranges.isEmpty()) {
      return null;
    }
    try {
      processMemory.residency(ranges.get());
    } catch (IOException | RuntimeException e) {
      return null; // smaps unreadable (permissions) or unexpected: rss is judged whole.
    }
    return ranges.get();
  }

  /**
   * Samples rss and NMT once, each stamped with the time it was read ({@link ReadClock}).
   *
   * @param nowMs when the sample started: the stamp of this session's opening rows
   */
  void sample(long nowMs, SampleSink sink) throws IOException {
    if (!openingRowsWritten) {
      openingRows.forEach((resource, value) -> sink.accept(nowMs, resource, value));
      openingRowsWritten = true;
    }
    if (processMemory != null) {
      if (trim != null) {
        trim.trim();
      }
      try {
        if (heapRanges != null) {
          ReadClock.Stamped<ProcessMemory.Residency> read =
              ReadClock.SYSTEM.read(() -> processMemory.residency(heapRanges));
          ProcessMemory.Residency residency = read.value();
          sink.accept(read.atMs(), ProcessMemoryRows.RSS, residency.totalBytes());
          sink.accept(read.atMs(), ProcessMemoryRows.RSS_HEAP, residency.heapBytes());
          sink.accept(read.atMs(), ProcessMemoryRows.RSS_NATIVE, residency.outsideHeapBytes());
        } else {
          ReadClock.Stamped<Long> rss = ReadClock.SYSTEM.read(processMemory::residentBytes);
          sink.accept(rss.atMs(), ProcessMemoryRows.RSS, rss.value());
        }
      } catch (IOException e) {
        // The process is gone; the watch loop finds out and says so.
      }
    }
    if (nmtOn) {
      ReadClock.Stamped<String> report = ReadClock.SYSTEM.read(() -> readableSummary(connection));
      NativeMemorySummary summary;
      try {
        summary = report.value() == null ? null : NativeMemorySummary.parse(report.value());
      } catch (IllegalArgumentException e) {
        summary = null;
      }
      if (summary == null) {
        return; // One unreadable report is a missing sample.
      }
      long readMs = report.atMs();
      sink.accept(readMs, ProcessMemoryRows.NMT_TOTAL, summary.totalCommittedBytes());
      categoriesSeen.addAll(summary.committedBytesByCategory().keySet());
      Map<String, Long> committed = summary.committedBytesByCategory();
      for (String category : categoriesSeen) {
        sink.accept(
            readMs, ProcessMemoryRows.nmtCategory(category), committed.getOrDefault(category, 0L));
      }
    }
  }

  /** Null when NMT reports; else {@code disabled} (flag not set) or {@code unsupported}. */
  private static String nmtOffReason(MBeanServerConnection connection) throws IOException {
    try {
      String report = nativeMemorySummary(connection);
      return report.contains("Total:") ? null : ProcessMemoryRows.DISABLED;
    } catch (JMException | RuntimeException e) {
      return ProcessMemoryRows
          .UNSUPPORTED; // No DiagnosticCommand MBean or no VM.native_memory: not HotSpot.
    }
  }

  /** The NMT summary, or null when the target answered with an error. */
  private static String readableSummary(MBeanServerConnection connection) throws IOException {
    try {
      return nativeMemorySummary(connection);
    } catch (JMException e) {
      return null;
    }
  }

  private static String nativeMemorySummary(MBeanServerConnection connection)
      throws IOException, JMException {
    return (String)
        connection.invoke(
            new ObjectName(DIAGNOSTIC_COMMAND),
            "vmNativeMemory",
            new Object[] {new String[] {"summary"}},
            SIGNATURE);
  }
}
