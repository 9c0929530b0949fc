package dev.leakhunt.soak.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.contract.run.RunFiles;
import dev.leakhunt.testkit.Goldens;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak run reads the analyzer's {@code verdict.json} as the testkit's golden file holds it (the
 * analyzer's tests prove its writer still writes that file).
 */
class LeakVerdictGoldenTest {
  @TempDir Path dir;

  @Test
  void goldenVerdictReadsAsAFailOfTheHeapWithTheCommandsExitAndLog() throws IOException {
    Path golden = Goldens.copy(RunFiles.VERDICT_JSON, dir);

    LeakVerdict verdict = LeakVerdict.read(golden, 1);

    assertThat(verdict)
        .isEqualTo(
            new LeakVerdict(
                "FAIL",
                "leak: heap.live grows 300 MiB/h <fast> & steady.",
                List.of("heap.live"),
                0,
                "command.log",
                null));
    assertThat(verdict.written()).isTrue();
    assertThat(verdict.stoppedEarly()).isFalse();
  }
}
