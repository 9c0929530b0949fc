package dev.leakhunt.analyzer.sampler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a local process's resident set size from {@code /proc/PID/status} ({@code VmRSS}): every
 * page of the process in RAM, heap, metaspace, code, thread stacks and all native memory alike,
 * which is what a container's memory limit and the kernel's OOM killer count (with the page cache
 * the process dirties). A few microseconds per read; {@code smaps_rollup} gives the same total at a
 * walk over every mapping.
 */
public final class ProcessMemory {
  private static final long KIB = 1024;

  private final Path statusFile;
  private final Path smapsFile;

  /** Reads the process whose {@code /proc/PID} directory is {@code procDir}. */
  public ProcessMemory(Path procDir) {
    this.statusFile = procDir.resolve("status");
    this.smapsFile = procDir.resolve("smaps");
  }

  /**
   * The resident set in two parts: all of it ({@code VmRSS}) and the pages inside the Java heap's
   * reserved ranges, summed from the {@code Rss:} of the mappings {@code /proc/PID/smaps} lists
   * there. The kernel writes smaps one mapping at a time as it is read, walking each one's pages,
   * and lists them by address; a compressed-oops heap lies low, so reading stops after the heap's
   * last range instead of walking the thousands of mappings above it (30-100 ms for all of a shop's
   * on a loaded machine).
   *
   * @throws IOException when the process is gone
   */
  public Residency residency(HeapAddressRanges heap) throws IOException {
    long inHeap = 0;
    boolean mappingInHeap = false;
    long heapEnd = heap.endAddress();
    try (var lines = Files.lines(smapsFile)) {
      for (String line : (Iterable<String>) lines::iterator) {
        int dash = line.indexOf('-');
        int space = line.indexOf(' ');
        if (dash > 0 && space > dash && isHex(line, 0, dash)) {
          long start = Long.parseUnsignedLong(line, 0, dash, 16);
          if (Long.compareUnsigned(start, heapEnd) >= 0) {
            break;
          }
          long end = Long.parseUnsignedLong(line, dash + 1, space, 16);
          mappingInHeap = heap.contains(start, end);
        } else if (mappingInHeap && line.startsWith("Rss:")) {
          inHeap += kibField(List.of(line), "Rss:") * KIB;
        }
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    return new Residency(residentBytes(), inHeap);
  }

  /**
   * A resident set split at the Java heap's boundary, bytes.
   *
   * @param totalBytes every resident page of the process
   * @param heapBytes the resident pages inside the heap's reserved ranges
   */
  public record Residency(long totalBytes, long heapBytes) {
    /** What lies outside the Java heap: native memory, metaspace, code, thread stacks, files. */
    public long outsideHeapBytes() {
      return totalBytes - heapBytes;
    }
  }

  private static boolean isHex(String line, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(line.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The resident set size, bytes.
   *
   * @throws IOException when the process is gone or its status has no {@code VmRSS} line (a kernel
   *     thread, a zombie)
   */
  public long residentBytes() throws IOException {
    return kibField(Files.readAllLines(statusFile), "VmRSS:") * KIB;
  }

  /** The value of a {@code Name: 1234 kB} line, KiB. */
  static long kibField(List<String> lines, String name) throws IOException {
    for (String line : lines) {
      if (line.startsWith(name)) {
        String[] words = line.substring(name.length()).trim().split("\\s+");
        return Long.parseLong(words[0]);
      }
    }
    throw new IOException("no " + name + " line");
  }
}
