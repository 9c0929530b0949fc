package dev.leakhunt.analyzer.it;

import dev.leakhunt.testkit.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The analyzer as users run it: {@code java -jar target/analyzer.jar ARGS}, in its own process so
 * exit codes, stdout and stderr are the real ones.
 */
final class AnalyzerProcess {
  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private AnalyzerProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Starts the analyzer; its output goes to files in {@code logDir}. */
  static AnalyzerProcess start(Path logDir, String... args) throws IOException {
    return start(logDir, List.of(), args);
  }

  /** Starts the analyzer with extra JVM options, e.g. a trust store. */
  static AnalyzerProcess start(Path logDir, List<String> jvmOptions, String... args)
      throws IOException {
    return start(logDir, List.of(), jvmOptions, args);
  }

  /**
   * Starts the analyzer under bash's {@code ulimit -f}: no file it writes may exceed {@code
   * limitKiB}, as on a nearly full disk or a quota.
   */
  static AnalyzerProcess startWithFileSizeLimit(Path logDir, int limitKiB, String... args)
      throws IOException {
    return start(
        logDir,
        List.of("bash", "-c", "ulimit -f " + limitKiB + " && exec \"$0\" \"$@\""),
        List.of(),
        args);
  }

  private static AnalyzerProcess start(
      Path logDir, List<String> launcher, List<String> jvmOptions, String... args)
      throws IOException {
    Files.createDirectories(logDir);
    List<String> command = new ArrayList<>(launcher);
    command.add(ChildJvm.javaBinary());
    command.add(ChildJvm.QUICK_JIT);
    command.add("-Xmx128m");
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(Path.of("target", "analyzer.jar").toAbsolutePath().toString());
    command.addAll(Arrays.asList(args));
    Path stdout = logDir.resolve("analyzer.stdout");
    Path stderr = logDir.resolve("analyzer.stderr");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    return new AnalyzerProcess(process, stdout, stderr);
  }

  /** Runs the analyzer to its end (at most {@code timeout}). */
  static Result run(Path logDir, Duration timeout, String... args) throws Exception {
    return start(logDir, args).await(timeout);
  }

  /** Sends SIGTERM, as {@code kill PID} or a CI abort would. */
  void terminate() {
    process.destroy();
  }

  /** Waits for the end and returns what the analyzer said. */
  Result await(Duration timeout) throws Exception {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("analyzer did not finish within " + timeout);
    }
    return new Result(
        process.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  /** The analyzer's exit code and output. */
  record Result(int exitCode, String stdout, String stderr) {
    /** The stderr lines, for asserting one-line errors. */
    List<String> stderrLines() {
      return stderr.lines().toList();
    }
  }
}
