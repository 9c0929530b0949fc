package dev.leakhunt.analyzer.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportsAtomicWriteTest {
  @TempDir Path dir;

  @Test
  void writtenFileReplacesTheOldOneAndLeavesNoTemporary() throws IOException {
    Path verdict = dir.resolve("verdict.json");
    Files.writeString(verdict, "old");

    RunReports.writeAtomically(verdict, file -> Files.writeString(file, "new"));

    assertThat(verdict).hasContent("new");
    try (var entries = Files.list(dir)) {
      assertThat(entries).containsExactly(verdict);
    }
  }

  @Test
  void failedWriteKeepsTheOldFileAndNamesTheFileAndTheCause() throws IOException {
    Path verdict = dir.resolve("verdict.json");
    Files.writeString(verdict, "old");

    assertThatThrownBy(
            () ->
                RunReports.writeAtomically(
                    verdict,
                    file -> {
                      Files.writeString(file, "half");
                      throw new IOException("No space left on device");
                    }))
        .isInstanceOf(EvidenceWriteException.class)
        .hasMessage(
            "cannot write "
                + verdict
                + ": No space left on device (the analyzer's own output, not the target: free"
                + " disk space, raise the file size limit or choose another --out)");
    assertThat(verdict).hasContent("old");
    try (var entries = Files.list(dir)) {
      assertThat(entries).containsExactly(verdict);
    }
  }
}
