package dev.leakhunt.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.verdict.FixtureVerdicts;
import dev.leakhunt.analyzer.verdict.ResourceVerdict;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {
  private final String html =
      new HtmlReportWriter()
          .render(FixtureVerdicts.failingRun(), Map.of("heap.live", FixtureVerdicts.heapPoints()));

  @Test
  void everyJudgedResourceHasAnSvgChartAndAVerdictRow() {
    assertThat(Pattern.compile("<svg class=\"chart\"").matcher(html).results().count())
        .isEqualTo(3);
    assertThat(html)
        .contains("<tr><td><b>heap.live</b></td><td><span class=\"badge fail\">FAIL</span>")
        .contains("<tr><td><b>threads.live</b></td><td><span class=\"badge pass\">PASS</span>")
        .contains(
            "<tr><td><b>buffer.mapped.used</b></td><td><span class=\"badge inconclusive\">"
                + "INCONCLUSIVE</span>");
  }

  @Test
  void heapChartShadesWarmupAndDrawsTheFailingTrendAndTheLimit() {
    assertThat(html).contains("<rect class=\"warmup\"").contains(">warm-up</text>");
    assertThat(html).contains("<line class=\"trend trend-fail\"").contains("<line class=\"limit\"");
    // 121 live-heap points, one dot each (a line between collections would draw a sawtooth).
    assertThat(Pattern.compile("<circle ").matcher(html).results().count()).isEqualTo(121);
    // The two resources given no points say so instead of drawing an empty frame.
    assertThat(Pattern.compile(">no samples</text>").matcher(html).results().count()).isEqualTo(2);
    assertThat(html).contains("+300 MiB/h (280 MiB to 320 MiB)");
    assertThat(html).contains("35 min 0 s");
  }

  @Test
  void verdictGcPausesAndRunMetadataAreShown() {
    assertThat(html).contains("<span class=\"badge big fail\">FAIL</span>");
    assertThat(html).contains("leak: heap.live grows 300 MiB/h &lt;fast&gt; &amp; steady.");
    assertThat(html).contains("<td class=\"num\">120</td><td class=\"num\">3.2 ms</td>");
    assertThat(html).contains("<td>Command</td><td>mvn gatling:test</td>");
    assertThat(html).contains("<td>Sampling gap</td>");
    assertThat(html).contains("0123456789abcdef0123456789abcdef01234567");
  }

  @Test
  void verdictThenChartsThenTables() {
    int verdict = html.indexOf("<header class=\"summary\">");
    int charts = html.indexOf("<h2>Resources over time</h2>");
    int table = html.indexOf("<h2>Verdict per resource</h2>");
    int suspects = html.indexOf("<h2>What leaks</h2>");
    int pauses = html.indexOf("<h2>GC pauses</h2>");
    assertThat(verdict).isNotNegative().isLessThan(charts);
    assertThat(charts).isLessThan(table);
    assertThat(table).isLessThan(suspects);
    assertThat(suspects).isLessThan(pauses);
  }

  @Test
  void failingResourcesAreChartedFirstAndTheRestKeepTheirOrder() {
    List<ResourceVerdict> resources = new ArrayList<>(FixtureVerdicts.failingRun().resources());
    Collections.reverse(resources); // buffer.mapped.used, threads.live, heap.live (FAIL)

    assertThat(HtmlReportWriter.chartOrder(resources))
        .extracting(ResourceVerdict::resource)
        .containsExactly("heap.live", "buffer.mapped.used", "threads.live");
  }

  @Test
  void nothingInlineThatJenkinsCspWouldBlock() {
    assertThat(html)
        .doesNotContain("<style")
        .doesNotContain("style=")
        .doesNotContain("<script")
        .contains("<link rel=\"stylesheet\" href=\"report.css\">");
    // Unstyled SVG shapes fill black: each carries its own colour.
    assertThat(html).contains("<rect class=\"warmup\"").contains("fill=\"#eef1f4\"");
    assertThat(html).containsPattern("<line class=\"trend trend-fail\"[^>]* stroke=\"#c62828\"");
  }

  @Test
  void aPassThatStillGrowsIsDrawnInTheWarningsAmber() {
    RunVerdict run = FixtureVerdicts.failingRun();
    List<ResourceVerdict> resources = new ArrayList<>(run.resources());
    ResourceVerdict threads = resources.get(1);
    resources.set(
        1,
        threads.toBuilder()
            .limitPerHour(10)
            .warning("threads.live grows 0.1/h, under the 10/h limit")
            .build());
    String warned =
        new HtmlReportWriter()
            .render(
                new RunVerdict(
                    run.outcome(),
                    run.reason(),
                    run.run(),
                    resources,
                    run.gaps(),
                    run.targetDeath(),
                    run.gcPauses()),
                Map.of("heap.live", FixtureVerdicts.heapPoints()));

    assertThat(warned)
        .containsPattern("<line class=\"trend trend-warn\"[^>]* stroke=\"#b7791f\"")
        .doesNotContain("trend trend-pass");
    assertThat(html).contains("trend trend-pass");
  }

  @Test
  void stylesheetIsWrittenBesideTheReport(@TempDir Path dir) throws Exception {
    new HtmlReportWriter()
        .write(
            FixtureVerdicts.failingRun(),
            Map.of("heap.live", FixtureVerdicts.heapPoints()),
            dir.resolve("report.html"));

    assertThat(dir.resolve("report.css")).content().contains(".badge.fail {");
  }

  @Test
  void reportIsSelfContainedWithNoPlaceholderLeft() {
    assertThat(html).doesNotContain("{{").doesNotContain("<script").doesNotContain("src=");
    assertThat(html).doesNotContainPattern("https?://");
  }
}
