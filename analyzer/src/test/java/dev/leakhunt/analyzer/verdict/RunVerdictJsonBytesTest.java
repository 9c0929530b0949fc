package dev.leakhunt.analyzer.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.contract.run.RunFiles;
import dev.leakhunt.testkit.Goldens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer keeps the golden {@code verdict.json} to the byte, field order and number spelling
 * included (the golden round-trip test compares JSON trees, which ignore order): scripts that read
 * the file as text or diff two runs' files see no change from the move to the shared record.
 */
class RunVerdictJsonBytesTest {
  @TempDir Path dir;

  @Test
  void writerWritesTheGoldenFileByteForByte() throws IOException {
    Path written = dir.resolve(RunFiles.VERDICT_JSON);

    new RunVerdictJson().write(FixtureVerdicts.failingRun(), written);

    assertThat(lines(Files.readString(written)))
        .isEqualTo(lines(Goldens.text(RunFiles.VERDICT_JSON)));
  }

  /** Jackson indents with the platform's line separator. */
  private static String lines(String text) {
    return text.replace(System.lineSeparator(), "\n");
  }
}
