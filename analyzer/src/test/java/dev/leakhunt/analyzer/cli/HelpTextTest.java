package dev.leakhunt.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTextTest {

  /** picocli formats descriptions with String.format: a lone % used to print three WARN lines. */
  @ParameterizedTest
  @ValueSource(strings = {"watch", "report"})
  void helpPrintsNoPicocliWarningAndShowsThePercentExample(String subcommand) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exitCode = AnalyzerMain.run(subcommand, "--help");
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }

    String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    assertThat(exitCode).isZero();
    assertThat(printed).doesNotContain("[picocli WARN]");
    // picocli wraps the description anywhere, even after "heap.".
    assertThat(printed.replaceAll("\\s+", "")).contains("heap.live=32MiB,5%(repeatable)");
  }
}
