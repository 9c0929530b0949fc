package dev.leakhunt.testkit;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, headless, taking a screenshot of a page as a reader would see it. Started with
 * the flags this machine needs (no sandbox as root, no background networking on a closed network)
 * and a fresh profile.
 */
public final class HeadlessChromium {
  private HeadlessChromium() {}

  /**
   * The browser, or the test is skipped when it is missing outside CI; on CI ({@code CI=true}) a
   * missing browser fails the test, since {@code .ci/run} installs it.
   */
  public static Path require() {
    Optional<Path> found = onPath("chromium").or(() -> onPath("chromium-browser"));
    if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("chromium is not installed; .ci/run installs Debian's chromium");
    }
    Assumptions.assumeTrue(
        found.isPresent(),
        "chromium is not on PATH: the rendering test under Jenkins' CSP is skipped"
            + " (apt-get install chromium to run it)");
    return found.get();
  }

  /** What a screenshot showed, and what Chromium logged while taking it (CSP violations too). */
  public record Screenshot(BufferedImage image, Path png, String log) {
    /** Where to look when an assertion on it fails: the file and Chromium's log. */
    public String where() {
      return "screenshot " + png + ", chromium said: " + log;
    }

    /** How many pixels it has. */
    public long pixels() {
      return (long) image.getWidth() * image.getHeight();
    }
  }

  /** A screenshot of {@code url} in a window of the given size, saved in {@code workDir}. */
  public static Screenshot screenshot(
      Path chromium, String url, int width, int height, Path workDir)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workDir, "chromium-profile");
    Path png = workDir.resolve("screenshot-" + System.nanoTime() + ".png");
    Path log = workDir.resolve(png.getFileName() + ".log");
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--enable-logging=stderr",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height,
                "--screenshot=" + png,
                url));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("chromium took over 90 s to screenshot " + url);
      }
    } finally {
      deleteTree(profile);
    }
    if (!Files.isRegularFile(png)) {
      throw new AssertionError(
          "chromium wrote no screenshot (exit "
              + process.exitValue()
              + "): "
              + Files.readString(log, StandardCharsets.UTF_8));
    }
    return new Screenshot(
        ImageIO.read(png.toFile()), png, Files.readString(log, StandardCharsets.UTF_8));
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static Optional<Path> onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = dir.isEmpty() ? null : Path.of(dir, program);
      if (candidate != null && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
