package dev.leakhunt.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.verdict.FixtureVerdicts;
import dev.leakhunt.testkit.CspRendering;
import dev.leakhunt.testkit.HeadlessChromium;
import dev.leakhunt.testkit.Pixels;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A FAIL report, served with Jenkins' default Content-Security-Policy and rendered by headless
 * Chromium, shows its colours: the stylesheet beside it loads, the badge is red, the warm-up is
 * shaded grey and no chart is a black shape (what an unstyled SVG path or rect looks like).
 */
class CspRenderingTest {
  private static final int FAIL_RED = 0xc62828;
  private static final int PAGE_BACKGROUND = 0xf6f8fa;
  private static final int WARMUP_GREY = 0xeef1f4;
  private static final int BLACK = 0x000000;

  @Test
  void failReportRendersInColourUnderJenkinsDefaultCsp() throws Exception {
    CspRendering rendering = CspRendering.prepare("csp-rendering", "report");
    Path report = rendering.pages();
    new HtmlReportWriter()
        .write(
            FixtureVerdicts.failingRun(),
            Map.of("heap.live", FixtureVerdicts.heapPoints()),
            report.resolve("report.html"));

    HeadlessChromium.Screenshot shot = rendering.screenshot("report.html", 1400, 3000);

    String where = shot.where();
    // The stylesheet loaded: the page background covers most of the page.
    assertThat(Pixels.count(shot.image(), PAGE_BACKGROUND, 2))
        .as(where)
        .isGreaterThan(shot.pixels() / 4);
    // The big FAIL badge alone is about 75 x 38 px of red; small badges and the trend add more.
    assertThat(Pixels.count(shot.image(), FAIL_RED, 6)).as(where).isGreaterThan(2_500);
    assertThat(Pixels.count(shot.image(), WARMUP_GREY, 2)).as(where).isGreaterThan(3_000);
    assertThat(Pixels.blue(shot.image())).as(where).isGreaterThan(300);
    // Unstyled SVG shapes fill black; text is #1f2328 and anti-aliased, never pure black.
    assertThat(Pixels.count(shot.image(), BLACK, 8)).as(where).isLessThan(200);
    assertThat(shot.log()).as(where).doesNotContain("Content Security Policy");
  }
}
