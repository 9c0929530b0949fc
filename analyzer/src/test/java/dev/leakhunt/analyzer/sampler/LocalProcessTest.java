package dev.leakhunt.analyzer.sampler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalProcessTest {
  private final RuntimeMXBean self = ManagementFactory.getRuntimeMXBean();

  @Test
  void thisJvmIsFoundAsALocalProcessWithItsResidentMemory() throws IOException {
    Optional<LocalProcess> local = LocalProcess.of(self, Path.of("/proc"));

    assertThat(local).isPresent();
    assertThat(local.get().pid()).isEqualTo(ProcessHandle.current().pid());
    long rss = new ProcessMemory(local.get().procDir()).residentBytes();
    long heapCommitted = Runtime.getRuntime().totalMemory();
    // A JVM's resident set is at least some MiB and at most its whole heap plus native memory.
    assertThat(rss).isGreaterThan(8L << 20).isLessThan(heapCommitted + (1L << 30));
  }

  @Test
  void aJvmStartedLongAfterTheProcessWithThatPidIsAnotherProcess() {
    long processStartMs = 1_000_000;

    assertThat(LocalProcess.sameStart(processStartMs, processStartMs + 350)).isTrue();
    assertThat(LocalProcess.sameStart(processStartMs, processStartMs - 900)).isTrue();
    assertThat(LocalProcess.sameStart(processStartMs, processStartMs + 3_600_000)).isFalse();
    assertThat(LocalProcess.sameStart(processStartMs, processStartMs - 10_000)).isFalse();
  }

  @Test
  void aPidWithoutProcDirectoryIsNotLocal() {
    assertThat(LocalProcess.of(self, Path.of("/nonexistent-proc"))).isEmpty();
  }
}
