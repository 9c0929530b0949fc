package dev.leakhunt.analyzer.sampler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * The memory a local process may hold before the kernel kills it: the tightest memory limit of its
 * control group and every parent group (cgroup v2 {@code memory.max}, v1 {@code
 * memory.limit_in_bytes}), as a container runtime sets it, else the machine's physical memory.
 *
 * <p>The group is the process's own ({@code /proc/PID/cgroup}), not the analyzer's: a target in a
 * container has its own limit. Its path is resolved against the cgroup file systems mounted here
 * ({@code /proc/self/mountinfo}); a group outside them (another cgroup namespace) counts as no
 * limit. Unlimited is written {@code max} (v2) or as a huge page-aligned number (v1, about 2^63).
 */
public final class MemoryLimit {
  /** v1 writes "no limit" as LONG_MAX rounded down to a page; anything from 2^60 up means none. */
  static final long UNLIMITED_FROM_BYTES = 1L << 60;

  private final Path root;

  /**
   * Reads {@code /proc} and the cgroup file systems under {@code root}.
   *
   * @param root the file system root, {@code /} except in tests
   */
  public MemoryLimit(Path root) {
    this.root = root;
  }

  /**
   * The capacity of the process's resident memory, bytes, and what set it.
   *
   * @throws IOException when neither a cgroup limit nor {@code /proc/meminfo} can be read
   */
  public Capacity of(long pid) throws IOException {
    long physical = physicalBytes();
    OptionalLong limit = cgroupLimitBytes(pid);
    if (limit.isPresent() && limit.getAsLong() < physical) {
      return new Capacity(limit.getAsLong(), true);
    }
    return new Capacity(physical, false);
  }

  /**
   * A process's memory capacity.
   *
   * @param bytes the limit
   * @param fromCgroup true for a control group's limit, false for physical memory
   */
  public record Capacity(long bytes, boolean fromCgroup) {}

  /** The machine's RAM, {@code MemTotal} in {@code /proc/meminfo}. */
  long physicalBytes() throws IOException {
    return ProcessMemory.kibField(Files.readAllLines(root.resolve("proc/meminfo")), "MemTotal:")
        * 1024;
  }

  /** The tightest limit on the process's group and its parents, empty when none is set. */
  OptionalLong cgroupLimitBytes(long pid) throws IOException {
    Path cgroupFile = root.resolve("proc/" + pid + "/cgroup");
    Path mountInfo = root.resolve("proc/self/mountinfo");
    if (!Files.isReadable(cgroupFile) || !Files.isReadable(mountInfo)) {
      return OptionalLong.empty(); // Not Linux, or no cgroups.
    }
    List<Mount> mounts = cgroupMounts(Files.readAllLines(mountInfo));
    long tightest = Long.MAX_VALUE;
    for (String line : Files.readAllLines(cgroupFile)) {
      String[] parts = line.split(":", 3);
      if (parts.length < 3) {
        continue;
      }
      boolean v2 = parts[1].isEmpty();
      boolean v1Memory = Arrays.asList(parts[1].split(",")).contains("memory");
      if (!v2 && !v1Memory) {
        continue;
      }
      for (Mount mount : mounts) {
        if (mount.v2() == v2 && (v2 || mount.memoryController())) {
          String file = v2 ? "memory.max" : "memory.limit_in_bytes";
          tightest = Math.min(tightest, tightestUpTheTree(mount, parts[2], file));
        }
      }
    }
    return tightest == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(tightest);
  }

  /** Reads {@code file} in the group's directory and every parent up to the mount point. */
  private long tightestUpTheTree(Mount mount, String groupPath, String file) throws IOException {
    if (!(groupPath + "/").startsWith(mount.root().equals("/") ? "/" : mount.root() + "/")) {
      return Long.MAX_VALUE; // The group lies outside this mount: another namespace's view.
    }
    String relative = groupPath.substring(mount.root().equals("/") ? 1 : mount.root().length());
    Path top = root.resolve(mount.point().substring(1));
    Path dir = relative.isEmpty() ? top : top.resolve(relative.replaceFirst("^/", ""));
    long tightest = Long.MAX_VALUE;
    for (Path d = dir; d != null && d.startsWith(top); d = d.getParent()) {
      Path limitFile = d.resolve(file);
      if (Files.isReadable(limitFile)) {
        String value = Files.readString(limitFile).trim();
        if (!value.equals("max") && !value.isEmpty()) {
          long bytes = Long.parseLong(value);
          if (bytes < UNLIMITED_FROM_BYTES) {
            tightest = Math.min(tightest, bytes);
          }
        }
      }
    }
    return tightest;
  }

  /** A mounted cgroup hierarchy: its root inside the hierarchy and where it is mounted. */
  private record Mount(String root, String point, boolean v2, boolean memoryController) {}

  /**
   * The cgroup mounts in {@code /proc/self/mountinfo}, whose lines read {@code ID PARENT MAJ:MIN
   * ROOT MOUNTPOINT OPTIONS [OPTIONAL...] - FSTYPE SOURCE SUPEROPTIONS}.
   */
  private static List<Mount> cgroupMounts(List<String> lines) {
    List<Mount> mounts = new ArrayList<>();
    for (String line : lines) {
      String[] fields = line.split(" ");
      int separator = Arrays.asList(fields).indexOf("-");
      if (fields.length < 5 || separator < 0 || separator + 3 > fields.length) {
        continue;
      }
      String type = fields[separator + 1];
      String superOptions = separator + 3 < fields.length ? fields[separator + 3] : "";
      if (type.equals("cgroup2")) {
        mounts.add(new Mount(fields[3], fields[4], true, true));
      } else if (type.equals("cgroup")) {
        boolean memory = Arrays.asList(superOptions.split(",")).contains("memory");
        mounts.add(new Mount(fields[3], fields[4], false, memory));
      }
    }
    return mounts;
  }
}
