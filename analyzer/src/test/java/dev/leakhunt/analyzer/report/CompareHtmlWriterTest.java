package dev.leakhunt.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.compare.RegressionRules;
import dev.leakhunt.analyzer.compare.RunComparer;
import dev.leakhunt.analyzer.compare.RunComparison;
import dev.leakhunt.analyzer.evidence.EvidenceFixtures;
import dev.leakhunt.analyzer.history.HistoryBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareHtmlWriterTest {
  @TempDir Path dir;

  @Test
  void comparisonPageIsStaticWithItsStylesheetAndNamesTheRegression() throws Exception {
    RunComparison comparison =
        new RunComparer(RegressionRules.defaults())
            .compare(
                EvidenceFixtures.run("1.0.0", 0, 0.5, -1, 2, 1_000),
                EvidenceFixtures.run("1.1.0", 200_000, 300, 280, 320, 1_000));

    new CompareHtmlWriter().write(comparison, dir.resolve("compare.html"));
    new CompareJunitWriter().write(comparison, dir.resolve("junit-compare.xml"));
    String html = Files.readString(dir.resolve("compare.html"));

    assertThat(dir.resolve("compare.css")).isNotEmptyFile();
    assertThat(html)
        .contains("<link rel=\"stylesheet\" href=\"compare.css\">")
        .contains("<tr class=\"regression\"><td class=\"figure\">heap.live slope</td>")
        .doesNotContain("<script", "style=\"", "<style");
    assertThat(Files.readString(dir.resolve("junit-compare.xml")))
        .contains("name=\"heap.live slope\"")
        .contains("<failure type=\"Regression\"")
        .contains("failures=\"1\"");
  }

  @Test
  void historyPageHasOneChartPerFigureWithPresentationAttributesOnly() throws Exception {
    var history =
        new HistoryBuilder(RegressionRules.defaults())
            .build(
                List.of(
                    EvidenceFixtures.run("1.0.0", 0, 0.5, -1, 2, 1_000),
                    EvidenceFixtures.run("1.1.0", 200_000, 300, 280, 320, 1_000)));

    new HistoryHtmlWriter().write(history, dir.resolve("history.html"));
    String html = Files.readString(dir.resolve("history.html"));

    assertThat(dir.resolve("history.css")).isNotEmptyFile();
    assertThat(html.split("<svg ", -1)).hasSize(history.figures().size() + 1);
    assertThat(html)
        .contains("Worse: heap.live slope from run 2 (1.1.0, bisect 1.0.0 .. 1.1.0).")
        .doesNotContain("<script", "style=\"", "<style", "class=\"dots\"");
  }
}
