package dev.leakhunt.analyzer.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The commit of the git work tree the analyzer runs in, for the run's metadata. */
final class GitCommit {
  private GitCommit() {}

  /** {@code git rev-parse HEAD} in the working directory, or null outside a repository. */
  static String current() {
    try {
      Process git =
          new ProcessBuilder("git", "rev-parse", "HEAD")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!git.waitFor(2, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        return null;
      }
      String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return git.exitValue() == 0 && head.matches("[0-9a-f]{40}") ? head : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
