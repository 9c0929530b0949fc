package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.compare.Change;
import dev.leakhunt.analyzer.history.ChangePoint;
import dev.leakhunt.analyzer.history.TargetsHistory;
import dev.leakhunt.contract.markup.Html;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the combined {@code history.html} of runs of several targets: one row per target with its
 * change points and a link to its own {@code history.html}. Static, with {@code history.css} beside
 * it: no script, no inline style.
 */
public final class TargetsHistoryHtmlWriter {
  private static final String STYLESHEET = "history.css";

  /** Writes {@code file} and its stylesheet in the same folder. */
  public void write(TargetsHistory history, Path file) throws IOException {
    StyleSheets.copy(STYLESHEET, file.toAbsolutePath().getParent());
    StringBuilder html = new StringBuilder(4_096);
    String title = "leakhunt history: " + history.targets().size() + " targets";
    html.append(Html.pageStart(title, STYLESHEET))
        .append("<main>\n<h1>History of ")
        .append(history.targets().size())
        .append(" targets, target by target</h1>\n<table id=\"targets\">\n")
        .append("<tr><th>target</th><th>runs</th><th>change points</th><th>report</th></tr>\n");
    for (TargetsHistory.Target target : history.targets()) {
      String link = target.folder() + "/history.html";
      html.append("<tr><td><b>")
          .append(Html.escape(target.name()))
          .append("</b></td><td>")
          .append(target.history().runs().size())
          .append("</td><td>");
      if (target.history().changePoints().isEmpty()) {
        html.append("none");
      }
      for (ChangePoint change : target.history().changePoints()) {
        boolean worse = change.direction() == Change.REGRESSION;
        html.append("<span class=\"badge ")
            .append(worse ? "regression" : "improvement")
            .append("\">")
            .append(worse ? "WORSE" : "BETTER")
            .append("</span> ")
            .append(
                Html.escape(change.label() + " at " + change.firstAfter() + ": " + change.why()))
            .append("<br>");
      }
      html.append("</td><td>").append(PageLinks.to(link)).append("</td></tr>\n");
    }
    html.append("</table>\n</main>\n</body>\n</html>\n");
    Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
  }
}
