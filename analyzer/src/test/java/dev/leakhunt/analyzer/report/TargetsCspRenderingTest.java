package dev.leakhunt.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.targets.CombinedVerdict;
import dev.leakhunt.analyzer.targets.TargetVerdict;
import dev.leakhunt.analyzer.verdict.FixtureVerdicts;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.testkit.CspRendering;
import dev.leakhunt.testkit.HeadlessChromium;
import dev.leakhunt.testkit.Pixels;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The combined report of a watch of several targets, served with Jenkins' default
 * Content-Security-Policy and rendered by headless Chromium, shows its colours: its stylesheet
 * loads, the FAIL badges are red and the PASS badge green.
 */
class TargetsCspRenderingTest {
  private static final int FAIL_RED = 0xc62828;
  private static final int PASS_GREEN = 0x2e7d32;
  private static final int PAGE_BACKGROUND = 0xf6f8fa;

  @Test
  void combinedReportRendersInColourUnderJenkinsDefaultCsp() throws Exception {
    CspRendering rendering = CspRendering.prepare("csp-rendering-targets", "report");
    Path report = rendering.pages();
    CombinedVerdict verdict =
        CombinedVerdict.of(
            List.of(
                TargetVerdict.of("shop-1", "targets/shop-1", FixtureVerdicts.failingRun(), null),
                new TargetVerdict(
                    "shop-2",
                    "127.0.0.1:9011",
                    "targets/shop-2",
                    Outcome.PASS,
                    "no resource grows",
                    List.of(),
                    List.of(),
                    null,
                    null,
                    List.of())),
            FixtureVerdicts.START_MS,
            FixtureVerdicts.END_MS);
    new TargetsHtmlWriter().write(verdict, report.resolve("report.html"));

    HeadlessChromium.Screenshot shot = rendering.screenshot("report.html", 1200, 700);

    String where = shot.where();
    assertThat(Pixels.count(shot.image(), PAGE_BACKGROUND, 2))
        .as(where)
        .isGreaterThan(shot.pixels() / 4);
    // The big FAIL badge is about 75 x 38 px of red, the row's small one adds more.
    assertThat(Pixels.count(shot.image(), FAIL_RED, 6)).as(where).isGreaterThan(1_500);
    assertThat(Pixels.count(shot.image(), PASS_GREEN, 6)).as(where).isGreaterThan(200);
    assertThat(shot.log()).as(where).doesNotContain("Content Security Policy");
  }
}
