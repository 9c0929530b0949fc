package dev.leakhunt.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A page rendered as a Jenkins reader sees it: written into a folder under {@code target/} (kept
 * after the test, to be looked at), served by {@link JenkinsCspServer} with Jenkins' default
 * Content-Security-Policy, shot by {@link HeadlessChromium}.
 *
 * @param chromium the browser
 * @param workDir {@code target/<name>/}, where screenshots and Chromium's logs go
 * @param pages the folder the test writes its pages and stylesheets into
 */
public record CspRendering(Path chromium, Path workDir, Path pages) {

  /**
   * Finds Chromium (the test is skipped without it, except on CI) and creates {@code
   * target/<name>/<pagesFolder>/} for the pages; screenshots go to {@code target/<name>/}.
   */
  public static CspRendering prepare(String name, String pagesFolder) throws IOException {
    Path chromium = HeadlessChromium.require();
    Path workDir = Path.of("target", name).toAbsolutePath();
    Path pages = workDir.resolve(pagesFolder);
    Files.createDirectories(pages);
    return new CspRendering(chromium, workDir, pages);
  }

  /** A screenshot of {@code page} of {@link #pages()} in a window of the given size. */
  public HeadlessChromium.Screenshot screenshot(String page, int width, int height)
      throws IOException, InterruptedException {
    try (JenkinsCspServer server = JenkinsCspServer.serve(pages)) {
      return HeadlessChromium.screenshot(chromium, server.url(page), width, height, workDir);
    }
  }
}
