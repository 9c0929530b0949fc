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

  /** Reads the process whose {@code /proc/PID} directory is {@code procDir}. */
  public ProcessMemory(Path procDir) {
    this.statusFile = procDir.resolve("status");
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
