package dev.leakhunt.soak.report;

import static dev.leakhunt.contract.markup.Html.escape;

import dev.leakhunt.contract.markup.Html;
import dev.leakhunt.soak.verdict.CheckResult;
import dev.leakhunt.soak.verdict.SoakVerdict;
import java.util.List;

/**
 * Renders the run folder's {@code index.html}: the combined verdict at the top, one line per part,
 * the check tables, and links to every artefact. No script, no inline style, no network: its styles
 * are {@link #STYLESHEET} beside it, so the page renders whole under Jenkins' default
 * Content-Security-Policy ({@code style-src 'self'} blocks {@code <style>} and {@code style=}).
 */
public final class IndexPage {
  /** The stylesheet's file name, beside {@code index.html}. */
  public static final String STYLESHEET = "index.css";

  private IndexPage() {}

  /** The contents of {@link #STYLESHEET}. */
  public static String stylesheet() {
    return String.join(
        "\n",
        "/* index.html's styles, in a file because Jenkins' CSP (style-src 'self') blocks inline"
            + " ones. */",
        "body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#222}",
        ".verdict{padding:1rem 1.5rem;border-radius:6px;color:#fff;font-size:1.4rem}",
        ".PASS{background:#2e7d32}.FAIL{background:#c62828}"
            + ".INCONCLUSIVE{background:#ef6c00}.ERROR{background:#6a1b9a}",
        "table{border-collapse:collapse;margin:1rem 0;width:100%}",
        "td,th{border:1px solid #ccc;padding:.35rem .6rem;text-align:left;vertical-align:top}",
        "th{background:#f3f3f3}.PASSED{color:#2e7d32}"
            + ".FAILED{color:#c62828;font-weight:bold}.SKIPPED{color:#777}",
        "pre{background:#f7f7f7;padding:.8rem;white-space:pre-wrap}",
        "");
  }

  /** The page for this verdict, with {@code links} to files inside the run folder. */
  public static String render(String title, SoakVerdict verdict, List<RunLinks> links) {
    StringBuilder html = new StringBuilder(8_192);
    String outcome = verdict.outcome();
    html.append(Html.pageStart(outcome + " - " + title, STYLESHEET));
    html.append("<div class=\"verdict ")
        .append(outcome)
        .append("\" id=\"verdict\">")
        .append(escape(verdict.summaryLines().get(verdict.summaryLines().size() - 1)))
        .append("</div>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<pre id=\"summary\">");
    for (String line : verdict.summaryLines()) {
      html.append(escape(line)).append('\n');
    }
    html.append("</pre>\n<h2>Reports and evidence</h2>\n<ul id=\"links\">\n");
    for (RunLinks link : links) {
      html.append("<li><a href=\"")
          .append(escape(link.relativePath()))
          .append("\">")
          .append(escape(link.label()))
          .append("</a> <code>")
          .append(escape(link.relativePath()))
          .append("</code></li>\n");
    }
    html.append("</ul>\n");
    checkTable(html, "SLO assertions (Gatling)", verdict.slo());
    checkTable(html, "Shop invariants (/stats against what shoppers saw)", verdict.invariants());
    html.append("</body></html>\n");
    return html.toString();
  }

  private static void checkTable(StringBuilder html, String heading, List<CheckResult> checks) {
    html.append("<h2>").append(escape(heading)).append("</h2>\n");
    if (checks.isEmpty()) {
      html.append("<p>Not checked.</p>\n");
      return;
    }
    html.append("<table><tr><th>check</th><th>status</th><th>figures</th></tr>\n");
    for (CheckResult check : checks) {
      html.append("<tr><td>")
          .append(escape(check.name()))
          .append("</td><td class=\"")
          .append(check.status().name())
          .append("\">")
          .append(check.status().name())
          .append("</td><td>")
          .append(escape(check.message()))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
  }
}
