package dev.leakhunt.analyzer.sampler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.series.ResourceCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resident set split at the Java heap's boundary: GC.heap_info's ranges and smaps' pages. */
class HeapResidencyTest {
  /** JDK 17's GC.heap_info of a G1 JVM started with -Xmx512m, as printed. */
  private static final String G1_HEAP_INFO =
      """
       garbage-first heap   total 389120K, used 14997K [0x00000000e0000000, 0x0000000100000000)
        region size 1024K, 14 young (14336K), 0 survivors (0K)
       Metaspace       used 8950K, committed 9088K, reserved 1114112K
        class space    used 1062K, committed 1152K, reserved 1048576K
      """;

  /** The parallel collector prints a range per generation, with a middle address. */
  private static final String PARALLEL_HEAP_INFO =
      """
       PSYoungGen      total 76288K, used 3932K [0x00000000f5580000, 0x00000000faa80000, 0x0000000100000000)
        eden space 65536K, 6% used [0x00000000f5580000,0x00000000f5957220,0x00000000f9580000)
       ParOldGen       total 175104K, used 0K [0x00000000e0000000, 0x00000000eab00000, 0x00000000f5580000)
      """;

  @Test
  void g1PrintsOneReservedRange() {
    HeapAddressRanges ranges = HeapAddressRanges.parse(G1_HEAP_INFO).orElseThrow();

    assertThat(ranges.reservedBytes()).isEqualTo(512L << 20);
    assertThat(ranges.contains(0xe0000000L, 0xf7a00000L)).isTrue();
    assertThat(ranges.contains(0xfff78000L, 0x100000000L)).isTrue();
    assertThat(ranges.contains(0x7f0000000000L, 0x7f0000001000L)).isFalse();
    assertThat(ranges.contains(0xd0000000L, 0xe0001000L)).as("straddling the start").isFalse();
  }

  @Test
  void theParallelCollectorsGenerationsTogetherCoverTheHeap() {
    HeapAddressRanges ranges = HeapAddressRanges.parse(PARALLEL_HEAP_INFO).orElseThrow();

    assertThat(ranges.contains(0xe0000000L, 0xeab00000L)).isTrue();
    assertThat(ranges.contains(0xf5580000L, 0x100000000L)).isTrue();
    assertThat(ranges.contains(0x7f0000000000L, 0x7f0000001000L)).isFalse();
  }

  @Test
  void aHeapInfoWithoutAddressesGivesNoRanges() {
    assertThat(
            HeapAddressRanges.parse(" ZHeap           used 8M, capacity 512M, max capacity 512M"))
        .isEmpty();
  }

  @Test
  void smapsPagesAreSplitIntoTheHeapsAndTheRest(@TempDir Path proc) throws Exception {
    Files.write(proc.resolve("status"), List.of("Name:\tjava", "VmRSS:\t   13752 kB"));
    Files.write(
        proc.resolve("smaps"),
        List.of(
            "00400000-00401000 r--p 00000000 08:01 123   /usr/lib/jvm/java-17/bin/java",
            "Rss:                   4 kB",
            "e0000000-f7a00000 rw-p 00000000 00:00 0 ",
            "Size:             382976 kB",
            "Rss:               13148 kB",
            "Pss:               13148 kB",
            "f7a00000-ffe00000 ---p 00000000 00:00 0 ",
            "Rss:                   0 kB",
            "ffe00000-ffe75000 rw-p 00000000 00:00 0 ",
            "Rss:                 468 kB",
            "7f1c2c000000-7f1c2c021000 rw-p 00000000 00:00 0 ",
            "Rss:                 132 kB",
            "VmFlags: rd wr mr mw me nr sd ",
            "not a mapping the reader must ever reach"));
    HeapAddressRanges heap = HeapAddressRanges.parse(G1_HEAP_INFO).orElseThrow();

    ProcessMemory.Residency residency = new ProcessMemory(proc).residency(heap);

    assertThat(residency.totalBytes()).isEqualTo(13752L * 1024);
    assertThat(residency.heapBytes()).isEqualTo((13148L + 468) * 1024);
    assertThat(residency.outsideHeapBytes()).isEqualTo((13752L - 13148 - 468) * 1024);
  }

  @Test
  void theResidentSetOutsideTheHeapIsJudgedInPlaceOfTheWhole() {
    assertThat(ResourceCatalog.judgedIn(List.of("heap.live", "rss", "rss.heap", "rss.native")))
        .contains("rss.native")
        .doesNotContain("rss", "rss.heap");
    assertThat(ResourceCatalog.judgedIn(List.of("heap.live", "rss"))).contains("rss");
  }
}
