package dev.leakhunt.analyzer.sampler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fabricated /proc and /sys/fs/cgroup under a temporary root, laid out as the kernel does. */
class MemoryLimitTest {
  private static final long GIB = 1L << 30;
  private static final String MEMINFO = "MemTotal:       24683520 kB\nMemFree:  1000 kB\n";
  private static final long PHYSICAL = 24683520L * 1024;

  @TempDir Path root;

  @Test
  void cgroupV2ContainerTakesTheTightestLimitOfItsGroupAndParents() throws IOException {
    write("proc/meminfo", MEMINFO);
    write("proc/42/cgroup", "0::/kubepods/pod1/shop\n");
    write(
        "proc/self/mountinfo",
        "25 30 0:22 / /sys/fs/cgroup rw,nosuid - cgroup2 cgroup2 rw,nsdelegate\n");
    write("sys/fs/cgroup/kubepods/memory.max", "max\n");
    write("sys/fs/cgroup/kubepods/pod1/memory.max", Long.toString(2 * GIB));
    write("sys/fs/cgroup/kubepods/pod1/shop/memory.max", Long.toString(3 * GIB));

    assertThat(new MemoryLimit(root).of(42)).isEqualTo(new MemoryLimit.Capacity(2 * GIB, true));
  }

  @Test
  void cgroupV1MemoryControllerIsFoundBesideAnUnifiedHierarchyWithoutIt() throws IOException {
    // This machine's layout: v1 controllers, and a v2 mount holding only hugetlb.
    write("proc/meminfo", MEMINFO);
    write("proc/7/cgroup", "4:memory:/process_api/abc\n1:cpu:/\n0::/\n");
    write(
        "proc/self/mountinfo",
        "34 30 0:31 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory\n"
            + "31 30 0:28 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu\n"
            + "40 30 0:37 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw\n");
    write("sys/fs/cgroup/memory/memory.limit_in_bytes", "9223372036854771712\n");
    write("sys/fs/cgroup/memory/process_api/abc/memory.limit_in_bytes", "536870912\n");

    assertThat(new MemoryLimit(root).of(7)).isEqualTo(new MemoryLimit.Capacity(512L << 20, true));
  }

  @Test
  void noLimitAnywhereMeansPhysicalMemory() throws IOException {
    write("proc/meminfo", MEMINFO);
    write("proc/7/cgroup", "4:memory:/process_api/abc\n0::/\n");
    write(
        "proc/self/mountinfo",
        "34 30 0:31 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory\n");
    write("sys/fs/cgroup/memory/process_api/abc/memory.limit_in_bytes", "9223372036854771712\n");

    assertThat(new MemoryLimit(root).of(7)).isEqualTo(new MemoryLimit.Capacity(PHYSICAL, false));
  }

  @Test
  void aGroupOutsideTheMountedRootCountsAsNoLimit() throws IOException {
    // A container's cgroup namespace mounts its own subtree as the root: another group is not here.
    write("proc/meminfo", MEMINFO);
    write("proc/9/cgroup", "0::/other/service\n");
    write(
        "proc/self/mountinfo",
        "25 30 0:22 /kubepods/pod1 /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n");
    write("sys/fs/cgroup/memory.max", Long.toString(GIB));

    assertThat(new MemoryLimit(root).of(9)).isEqualTo(new MemoryLimit.Capacity(PHYSICAL, false));
  }

  @Test
  void aLimitAbovePhysicalMemoryIsPhysicalMemory() throws IOException {
    write("proc/meminfo", MEMINFO);
    write("proc/5/cgroup", "0::/big\n");
    write("proc/self/mountinfo", "25 30 0:22 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n");
    write("sys/fs/cgroup/big/memory.max", Long.toString(64 * GIB));

    assertThat(new MemoryLimit(root).of(5)).isEqualTo(new MemoryLimit.Capacity(PHYSICAL, false));
  }

  @Test
  void thisMachineGivesAPositiveCapacityForThisProcess() throws IOException {
    MemoryLimit.Capacity capacity = new MemoryLimit(Path.of("/")).of(ProcessHandle.current().pid());

    assertThat(capacity.bytes()).isPositive();
  }

  private void write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
