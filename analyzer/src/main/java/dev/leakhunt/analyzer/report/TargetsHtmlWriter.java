package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.targets.CombinedVerdict;
import dev.leakhunt.analyzer.targets.TargetVerdict;
import dev.leakhunt.contract.markup.Html;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.RunFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the combined {@code report.html} of a watch of several targets: the worst outcome and its
 * reason, then one row per target (outcome, failing resources, top suspect, link to its own
 * report). It uses the single-target report's stylesheet {@code report.css}, written beside it; no
 * script, no inline style, so it renders whole under Jenkins' default Content-Security-Policy.
 */
public final class TargetsHtmlWriter {

  /** Writes {@code file} and {@code report.css} beside it. */
  public void write(CombinedVerdict verdict, Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    StyleSheets.copy(HtmlReportWriter.STYLESHEET, dir);
    Files.writeString(file, render(verdict), StandardCharsets.UTF_8);
  }

  /** The page. */
  public String render(CombinedVerdict verdict) {
    StringBuilder html = new StringBuilder(4_096);
    String outcome = verdict.outcome().name();
    long failing = verdict.targets().stream().filter(t -> t.outcome() == Outcome.FAIL).count();
    String title = "leakhunt " + outcome + ": " + verdict.targets().size() + " targets";
    html.append(Html.pageStart(title, HtmlReportWriter.STYLESHEET))
        .append("<main>\n<header class=\"summary\">\n")
        .append(Badges.big(verdict.outcome().name()))
        .append("\n<div>\n<h1>")
        .append(verdict.targets().size())
        .append(" targets, ")
        .append(failing)
        .append(failing == 1 ? " fails" : " fail")
        .append("</h1>\n<p class=\"reason\" id=\"reason\">")
        .append(Html.escape(verdict.reason()))
        .append("</p>\n</div>\n</header>\n<h2>Targets</h2>\n")
        .append("<table class=\"verdicts\" id=\"targets\">\n<tr><th>target</th><th>outcome</th>")
        .append("<th>failing resources</th><th>top suspect</th><th>reason</th><th>report</th>")
        .append("</tr>\n");
    for (TargetVerdict target : verdict.targets()) {
      String report = target.folder() + "/" + RunFiles.REPORT_HTML;
      html.append("<tr><td><b>")
          .append(Html.escape(target.name()))
          .append("</b><br><span class=\"muted\">")
          .append(Html.escape(target.connection() == null ? "" : target.connection()))
          .append("</span></td><td>")
          .append(
              target.passesWithWarnings()
                  ? "<span class=\"badge warn\">PASS, GROWS</span>"
                  : Badges.of(target.outcome().name()))
          .append("</td><td>")
          .append(
              target.failingResources().isEmpty()
                  ? (target.death() != null ? "target died" : "none")
                  : Html.escape(String.join(", ", target.failingResources())))
          .append("</td><td>")
          .append(target.topSuspect() == null ? "none named" : Html.escape(target.topSuspect()))
          .append("</td><td class=\"reason-cell\">")
          .append(Html.escape(target.reason()))
          .append("</td><td>")
          .append(PageLinks.to(report))
          .append("</td></tr>\n");
    }
    html.append("</table>\n<p class=\"muted\">Each target's folder is a complete run folder:")
        .append(" <code>analyzer report</code>, <code>compare</code> and <code>history</code>")
        .append(" work on it alone.</p>\n</main>\n</body>\n</html>\n");
    return html.toString();
  }
}
