package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.compare.TargetsComparison;
import dev.leakhunt.analyzer.compare.TargetsComparisonJson;
import dev.leakhunt.contract.markup.Html;
import dev.leakhunt.contract.run.RunFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the combined {@code compare.html} of two runs of several targets: the outcome, then one
 * row per target with its comparison's outcome and reason and a link to its own {@code
 * compare.html}. Static, with {@code compare.css} beside it: no script, no inline style.
 */
public final class TargetsCompareHtmlWriter {

  /** Writes {@code file} and its stylesheet in the same folder. */
  public void write(TargetsComparison comparison, Path file) throws IOException {
    StyleSheets.copy(CompareHtmlWriter.STYLESHEET, file.toAbsolutePath().getParent());
    Files.writeString(file, render(comparison), StandardCharsets.UTF_8);
  }

  String render(TargetsComparison comparison) {
    StringBuilder html = new StringBuilder(4_096);
    String outcome = comparison.outcome().name();
    String title = "leakhunt compare " + outcome + ": " + comparison.targets().size() + " targets";
    html.append(Html.pageStart(title, CompareHtmlWriter.STYLESHEET))
        .append("<main>\n<header class=\"summary\">\n")
        .append(Badges.big(outcome))
        .append("\n<div>\n<h1>")
        .append(comparison.targets().size())
        .append(" targets compared with the baseline, target by target</h1>\n<p class=\"reason\">")
        .append(Html.escape(comparison.reason()))
        .append("</p>\n</div>\n</header>\n<h2>Targets</h2>\n<table id=\"targets\">\n")
        .append("<tr><th>target</th><th>comparison</th><th>reason</th><th>report</th></tr>\n");
    for (TargetsComparison.Target target : comparison.targets()) {
      html.append("<tr><td><b>")
          .append(Html.escape(target.name()))
          .append("</b></td><td>")
          .append(Badges.of(target.outcome().name()))
          .append("</td><td>")
          .append(Html.escape(target.reason()))
          .append("</td><td>");
      if (target.comparison() != null) {
        String link = TargetsComparisonJson.folderOf(target.name()) + "/" + RunFiles.COMPARE_HTML;
        html.append(PageLinks.to(link));
      }
      html.append("</td></tr>\n");
    }
    html.append("</table>\n</main>\n</body>\n</html>\n");
    return html.toString();
  }
}
