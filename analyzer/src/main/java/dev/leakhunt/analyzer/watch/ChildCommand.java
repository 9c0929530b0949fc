package dev.leakhunt.analyzer.watch;

import dev.leakhunt.analyzer.run.UsageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command run during a watch ({@code -- COMMAND ARGS...}): started with its output (stdout and
 * stderr merged) in a log file, watched until it exits, and ended with its descendants if the watch
 * stops first.
 */
final class ChildCommand {
  private static final long GRACE_SECONDS = 10;

  private final Process process;

  private ChildCommand(Process process) {
    this.process = process;
  }

  /** Starts {@code command}; its output goes to {@code log}. */
  static ChildCommand start(List<String> command, Path log) {
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.INHERIT)
              .start();
      return new ChildCommand(process);
    } catch (IOException e) {
      throw new UsageException(
          "cannot start the command '" + command.get(0) + "': " + e.getMessage());
    }
  }

  /** Whether the command has ended. */
  boolean exited() {
    return !process.isAlive();
  }

  /** The exit code, once it has ended. */
  int exitCode() {
    return process.exitValue();
  }

  /** Ends the command (politely, then forcibly) and returns its exit code. */
  int stop() {
    if (process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly().waitFor(GRACE_SECONDS, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return process.isAlive() ? -1 : process.exitValue();
  }
}
