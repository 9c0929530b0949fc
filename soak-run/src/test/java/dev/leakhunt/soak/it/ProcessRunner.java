package dev.leakhunt.soak.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a real process to its end with its output in a file; kills it past a deadline. */
final class ProcessRunner {
  private ProcessRunner() {}

  /** The java launcher running this test. */
  static Path javaBinary() {
    return ProcessHandle.current()
        .info()
        .command()
        .map(Path::of)
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
  }

  /** Runs {@code command} from the repository root; returns its exit code. */
  static int run(List<String> command, Path output, Duration timeout)
      throws IOException, InterruptedException {
    Files.createDirectories(output.toAbsolutePath().getParent());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError(
          "process did not end within "
              + timeout.toSeconds()
              + " s: "
              + command.get(0)
              + "; see "
              + output);
    }
    return process.exitValue();
  }
}
