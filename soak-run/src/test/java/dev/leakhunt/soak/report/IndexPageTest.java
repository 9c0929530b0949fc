package dev.leakhunt.soak.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.soak.verdict.CheckResult;
import dev.leakhunt.soak.verdict.LeakVerdict;
import dev.leakhunt.soak.verdict.SoakVerdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexPageTest {

  @Test
  void verdictComesFirstThenLinksAndCheckTables() {
    SoakVerdict verdict =
        new SoakVerdict(
            new LeakVerdict("FAIL", "heap.live grows <fast>", List.of("heap.live"), 0, null),
            List.of(CheckResult.passed("slo", "p99", "actual 7")),
            List.of(CheckResult.of("invariants", "stock-never-negative", false, "3 products")),
            null);

    String html =
        IndexPage.render(
            "leakhunt soak 20261125-050000",
            verdict,
            List.of(new RunLinks("Analyzer report", "analyzer/report.html")));

    assertThat(html.indexOf("class=\"verdict FAIL\"")).isLessThan(html.indexOf("<h1>"));
    assertThat(html)
        .contains("SOAK FAIL: leak (heap.live); invariants (stock-never-negative) (exit code 1)")
        .contains("<a href=\"analyzer/report.html\">Analyzer report</a>")
        .contains("heap.live grows &lt;fast&gt;")
        .contains("<td class=\"FAILED\">FAILED</td><td>3 products</td>")
        .doesNotContain("<script")
        .doesNotContain("<style")
        .doesNotContain("style=")
        .contains("<link rel=\"stylesheet\" href=\"index.css\">")
        .doesNotContain("http://")
        .doesNotContain("https://");
  }
}
