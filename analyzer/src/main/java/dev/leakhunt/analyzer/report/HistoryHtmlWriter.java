package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.compare.Change;
import dev.leakhunt.analyzer.evidence.RunEvidence;
import dev.leakhunt.analyzer.history.ChangePoint;
import dev.leakhunt.analyzer.history.FigureHistory;
import dev.leakhunt.analyzer.history.RunHistory;
import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.contract.markup.Html;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Renders {@code history.html} (with {@code history.css} beside it): the change points with the
 * range to bisect, the runs in start order, and one SVG chart per key figure with the runs on the x
 * axis and each value's interval drawn. Static: no script, no inline style.
 */
public final class HistoryHtmlWriter {
  /** The stylesheet written beside the page. */
  public static final String STYLESHEET = "history.css";

  /** Writes {@code file} and its stylesheet in the same folder. */
  public void write(RunHistory history, Path file) throws IOException {
    StyleSheets.copy(STYLESHEET, file.toAbsolutePath().getParent());
    Files.writeString(file, render(history), StandardCharsets.UTF_8);
  }

  String render(RunHistory history) {
    List<String> labels = history.runs().stream().map(RunEvidence::label).toList();
    StringBuilder html = new StringBuilder();
    html.append(
            Html.pageStart("leakhunt history of " + history.runs().size() + " runs", STYLESHEET))
        .append("<main>\n<header class=\"summary\">\n<h1>")
        .append(history.runs().size())
        .append(" runs, ")
        .append(Html.escape(labels.get(0)))
        .append(" to ")
        .append(Html.escape(labels.get(labels.size() - 1)))
        .append("</h1>\n<p>")
        .append(Html.escape(headline(history)))
        .append("</p>\n</header>\n");
    html.append("<h2>Where a figure moved beyond its noise</h2>\n");
    if (history.changePoints().isEmpty()) {
      html.append("<p class=\"muted\">No figure moved beyond its noise.</p>\n");
    } else {
      html.append("<table>\n<thead><tr><th>First run</th><th>Figure</th><th>Change</th>")
          .append("<th>Bisect between</th><th>Tags that changed</th><th>Why</th></tr></thead>\n")
          .append("<tbody>\n");
      for (ChangePoint change : history.changePoints()) {
        String direction = change.direction().name().toLowerCase(Locale.ROOT);
        html.append("<tr><td>")
            .append(change.runIndex() + 1)
            .append(" ")
            .append(Html.escape(change.firstAfter()))
            .append("</td><td>")
            .append(Html.escape(change.label()))
            .append("</td><td><span class=\"badge ")
            .append(direction)
            .append("\">")
            .append(change.direction() == Change.REGRESSION ? "WORSE" : "BETTER")
            .append("</span></td><td>")
            .append(Html.escape(change.lastBefore()))
            .append(" .. ")
            .append(Html.escape(change.firstAfter()))
            .append("</td><td class=\"wrap\">")
            .append(Html.escape(String.join("; ", change.bisectTags())))
            .append("</td><td class=\"why\">")
            .append(Html.escape(change.why()))
            .append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    html.append("<h2>Runs</h2>\n<table>\n<thead><tr><th>#</th><th>Version</th><th>Started</th>")
        .append("<th>Leak verdict</th><th>Tags</th><th>Folder</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < history.runs().size(); i++) {
      RunEvidence run = history.runs().get(i);
      String outcome = run.verdict().outcome().name();
      html.append("<tr><td>")
          .append(i + 1)
          .append("</td><td>")
          .append(Html.escape(run.label()))
          .append("</td><td>")
          .append(Html.escape(Figures.instant(run.verdict().run().startMs())))
          .append("</td><td><span class=\"badge ")
          .append(outcome.toLowerCase(Locale.ROOT))
          .append("\">")
          .append(outcome)
          .append("</span></td><td class=\"wrap\">")
          .append(Html.escape(CompareHtmlWriter.tags(run)))
          .append("</td><td class=\"wrap\">")
          .append(Html.escape(run.dir().toString()))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n<h2>Key figures across runs</h2>\n")
        .append("<p class=\"legend\">Dots: each run's value; bars: its 95 % interval (none for")
        .append(" figures measured once per run); shaded: the first run of a change (red worse,")
        .append(" green better).</p>\n<div class=\"charts\">\n");
    for (FigureHistory figure : history.figures()) {
      html.append("<figure><figcaption>")
          .append(Html.escape(figure.label()))
          .append(" <span class=\"muted\">")
          .append(Html.escape(figure.unit()))
          .append(figure.kind().ruled() ? "" : ", shown, not ruled")
          .append("</span></figcaption>\n")
          .append(SvgHistoryChart.render(figure, labels))
          .append("\n</figure>\n");
    }
    html.append("</div>\n<footer>Written by leakhunt analyzer history; history.json holds the")
        .append(" same figures. Change rule: a run's interval lies wholly outside the band of the")
        .append(" runs since the last change and its value moved by at least the practical delta")
        .append(" of compare.</footer>\n</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static String headline(RunHistory history) {
    if (history.changePoints().isEmpty()) {
      return "No key figure moved beyond its noise across these runs.";
    }
    StringBuilder text = new StringBuilder();
    for (ChangePoint change : history.changePoints()) {
      if (change.direction() != Change.REGRESSION) {
        continue;
      }
      text.append(text.length() == 0 ? "Worse: " : "; ")
          .append(change.label())
          .append(" from run ")
          .append(change.runIndex() + 1)
          .append(" (")
          .append(change.firstAfter())
          .append(", bisect ")
          .append(change.lastBefore())
          .append(" .. ")
          .append(change.firstAfter())
          .append(")");
    }
    return text.length() == 0 ? "No figure got worse; some got better (below)." : text + ".";
  }
}
