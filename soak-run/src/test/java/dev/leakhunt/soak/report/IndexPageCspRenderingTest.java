package dev.leakhunt.soak.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.soak.verdict.CheckResult;
import dev.leakhunt.soak.verdict.LeakVerdict;
import dev.leakhunt.soak.verdict.SoakVerdict;
import dev.leakhunt.testkit.CspRendering;
import dev.leakhunt.testkit.HeadlessChromium;
import dev.leakhunt.testkit.Pixels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The soak's {@code index.html} of a FAIL run, served with Jenkins' default Content-Security-Policy
 * and rendered by headless Chromium, shows its red verdict banner: its stylesheet loads.
 */
class IndexPageCspRenderingTest {
  private static final int FAIL_RED = 0xc62828;
  private static final int HEADER_GREY = 0xf3f3f3;

  @Test
  void failIndexRendersInColourUnderJenkinsDefaultCsp() throws Exception {
    CspRendering rendering = CspRendering.prepare("csp-rendering", "run");
    Path run = rendering.pages();
    SoakVerdict verdict =
        new SoakVerdict(
            new LeakVerdict("FAIL", "heap.live grows 300 MiB/h", List.of("heap.live"), 0, null),
            List.of(CheckResult.passed("slo", "p99 under 500 ms", "actual 7")),
            List.of(CheckResult.of("invariants", "stock-never-negative", false, "3 products")),
            null);
    Files.writeString(
        run.resolve("index.html"),
        IndexPage.render(
            "leakhunt soak 20261125-050000",
            verdict,
            List.of(new RunLinks("Analyzer report", "analyzer/report.html"))),
        StandardCharsets.UTF_8);
    Files.writeString(
        run.resolve(IndexPage.STYLESHEET), IndexPage.stylesheet(), StandardCharsets.UTF_8);

    HeadlessChromium.Screenshot shot = rendering.screenshot("index.html", 1200, 900);

    String where = shot.where();
    // The verdict banner spans the page's width (about 1100 x 60 px of red).
    assertThat(Pixels.count(shot.image(), FAIL_RED, 6)).as(where).isGreaterThan(30_000);
    assertThat(Pixels.count(shot.image(), HEADER_GREY, 2)).as(where).isGreaterThan(2_000);
    assertThat(shot.log()).as(where).doesNotContain("Content Security Policy");
  }
}
