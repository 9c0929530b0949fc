package dev.leakhunt.analyzer.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NativeMemorySummaryTest {
  private static final long KIB = 1024;

  @Test
  void jdk17SummaryOfTheShopGivesEveryCategoryInBytes() throws IOException {
    // Written by `jcmd PID VM.native_memory summary` on the shop under load (JDK 17.0.15).
    NativeMemorySummary summary = NativeMemorySummary.parse(resource("nmt/jdk17-summary.txt"));

    assertThat(summary.totalCommittedBytes()).isEqualTo(361253 * KIB);
    assertThat(summary.committedBytesByCategory())
        .hasSize(20)
        .containsEntry("java-heap", 262144 * KIB)
        .containsEntry("other", 344 * KIB)
        .containsEntry("internal", 298 * KIB)
        .containsEntry("thread", 2360 * KIB)
        .containsEntry("arena-chunk", 2096 * KIB)
        .containsEntry("native-memory-tracking", 1683 * KIB)
        .containsEntry("object-monitors", 2 * KIB);
    assertThat(summary.committedBytesByCategory().keySet())
        .startsWith("java-heap", "class", "thread");
  }

  @Test
  void scaledAmountsAreConvertedAndUnscaledOnesAreBytes() {
    NativeMemorySummary summary =
        NativeMemorySummary.parse(
            "Total: reserved=2GB, committed=512MB\n"
                + "-                     Other (reserved=3MB, committed=3MB)\n"
                + "-                  Internal (reserved=4096, committed=1000)\n");

    assertThat(summary.totalCommittedBytes()).isEqualTo(512L * 1024 * 1024);
    assertThat(summary.committedBytesByCategory())
        .containsEntry("other", 3L * 1024 * 1024)
        .containsEntry("internal", 1000L);
  }

  @Test
  void aTargetWithoutNmtIsRefusedWithItsOwnWords() {
    assertThatThrownBy(() -> NativeMemorySummary.parse("Native memory tracking is not enabled\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a native memory summary: Native memory tracking is not enabled");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in =
        NativeMemorySummaryTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
