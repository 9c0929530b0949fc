package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.compare.ClassGrowthChange;
import dev.leakhunt.analyzer.compare.FigureComparison;
import dev.leakhunt.analyzer.compare.NewFingerprint;
import dev.leakhunt.analyzer.compare.RunComparison;
import dev.leakhunt.analyzer.evidence.FigureKind;
import dev.leakhunt.analyzer.evidence.FigureText;
import dev.leakhunt.analyzer.evidence.RunEvidence;
import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.contract.markup.Html;
import dev.leakhunt.contract.run.MachineInfo;
import dev.leakhunt.contract.run.Units;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders {@code compare.html} (with {@code compare.css} beside it) from a comparison: the outcome,
 * both runs' identities, every figure of both runs with its interval and judgement, the classes
 * that grew, new leak fingerprints and the rules. Static: no script, no inline style.
 */
public final class CompareHtmlWriter {
  /** The stylesheet written beside the page. */
  public static final String STYLESHEET = "compare.css";

  /** Writes {@code file} and its stylesheet in the same folder. */
  public void write(RunComparison comparison, Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    StyleSheets.copy(STYLESHEET, dir);
    Files.writeString(file, render(comparison), StandardCharsets.UTF_8);
  }

  String render(RunComparison comparison) {
    StringBuilder html = new StringBuilder();
    String outcome = comparison.outcome().name();
    String title =
        "leakhunt compare "
            + outcome
            + ": "
            + comparison.run().label()
            + " vs "
            + comparison.baseline().label();
    html.append(Html.pageStart(title, STYLESHEET))
        .append("<main>\n<header class=\"summary\">\n")
        .append(Badges.big(outcome))
        .append("\n<div>\n<h1>")
        .append(Html.escape(comparison.run().label()))
        .append(" compared with baseline ")
        .append(Html.escape(comparison.baseline().label()))
        .append("</h1>\n<p class=\"reason\">")
        .append(Html.escape(comparison.reason()))
        .append("</p>\n</div>\n</header>\n");
    html.append("<h2>Figures</h2>\n<table class=\"figures\">\n<thead><tr><th>Figure</th>")
        .append("<th>Baseline (95% CI)</th><th>Run (95% CI)</th><th>Difference</th>")
        .append("<th>Matters from</th><th>Change</th><th>Why</th></tr></thead>\n<tbody>\n");
    for (FigureComparison figure : comparison.figures()) {
      html.append(figureRow(figure));
    }
    html.append("</tbody>\n</table>\n");
    html.append(classGrowth(comparison));
    html.append(fingerprints(comparison));
    html.append("<h2>Runs</h2>\n<table class=\"runs\">\n<thead><tr><th></th><th>Baseline</th>")
        .append("<th>Run</th></tr></thead>\n<tbody>\n");
    RunEvidence before = comparison.baseline();
    RunEvidence after = comparison.run();
    runRow(html, "Folder", before.dir().toString(), after.dir().toString());
    runRow(html, "Version", before.label(), after.label());
    runRow(
        html, "Leak verdict", before.verdict().outcome().name(), after.verdict().outcome().name());
    runRow(html, "Started", started(before), started(after));
    runRow(html, "Tags", tags(before), tags(after));
    runRow(html, "Machine", machine(before), machine(after));
    runRow(html, "Max heap", heap(before), heap(after));
    runRow(html, "Format", "" + before.formatVersion(), "" + after.formatVersion());
    html.append("</tbody>\n</table>\n");
    html.append("<h2>Rules</h2>\n<ul class=\"notes\">\n");
    for (FigureKind kind : FigureKind.values()) {
      html.append("<li><b>")
          .append(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append("</b>: ")
          .append(Html.escape(comparison.rules().describe(kind)))
          .append("</li>\n");
    }
    html.append("</ul>\n");
    if (!comparison.notes().isEmpty()) {
      html.append("<h2>Notes</h2>\n<ul class=\"notes\">\n");
      comparison
          .notes()
          .forEach(note -> html.append("<li>").append(Html.escape(note)).append("</li>\n"));
      html.append("</ul>\n");
    }
    html.append("<footer>Written by leakhunt analyzer compare from both runs' verdict.json and")
        .append(" samples.csv; compare.json holds the same figures.</footer>\n")
        .append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static String figureRow(FigureComparison figure) {
    String change = figure.change().name().toLowerCase(Locale.ROOT);
    return "<tr class=\""
        + change
        + "\"><td class=\"figure\">"
        + Html.escape(figure.label())
        + "</td><td class=\"num\">"
        + Html.escape(FigureText.withInterval(figure.baseline()))
        + "</td><td class=\"num\">"
        + Html.escape(FigureText.withInterval(figure.run()))
        + "</td><td class=\"num\">"
        + Html.escape(
            Double.isNaN(figure.difference())
                ? "n/a"
                : FigureText.difference(figure.any(), figure.difference()))
        + "</td><td class=\"num\">"
        + Html.escape(
            Double.isNaN(figure.practicalDelta())
                ? "-"
                : FigureText.difference(figure.any(), figure.practicalDelta()))
        + "</td><td><span class=\"badge "
        + change
        + "\">"
        + figure.change().name().replace('_', ' ')
        + "</span></td><td class=\"why\">"
        + Html.escape(figure.why())
        + "</td></tr>\n";
  }

  private static String classGrowth(RunComparison comparison) {
    StringBuilder html = new StringBuilder("<h2>Classes that grew in the run</h2>\n");
    if (comparison.classGrowth().isEmpty()) {
      return html.append("<p class=\"muted\">The run's diagnosis lists no class growth.</p>\n")
          .toString();
    }
    html.append("<table>\n<thead><tr><th>Class</th><th>Run</th><th>Baseline</th></tr></thead>\n")
        .append("<tbody>\n");
    for (ClassGrowthChange row : comparison.classGrowth()) {
      html.append("<tr><td class=\"figure\">")
          .append(Html.escape(row.className()))
          .append("</td><td class=\"num\">")
          .append(Html.escape(Figures.ratePerHour(row.runBytesPerHour(), Units.BYTES)))
          .append("</td><td class=\"num\">")
          .append(
              Html.escape(
                  row.baselineBytesPerHour() == null
                      ? "not listed"
                      : Figures.ratePerHour(row.baselineBytesPerHour(), Units.BYTES)))
          .append("</td></tr>\n");
    }
    return html.append("</tbody>\n</table>\n").toString();
  }

  private static String fingerprints(RunComparison comparison) {
    StringBuilder html = new StringBuilder("<h2>Leak fingerprints new since the baseline</h2>\n");
    if (comparison.newFingerprints().isEmpty()) {
      return html.append("<p class=\"muted\">None (or the diagnoses carry no fingerprints).</p>\n")
          .toString();
    }
    html.append("<ul class=\"notes\">\n");
    for (NewFingerprint fingerprint : comparison.newFingerprints()) {
      html.append("<li><code>")
          .append(Html.escape(fingerprint.fingerprint()))
          .append("</code> ")
          .append(Html.escape(fingerprint.suspect()))
          .append(" (")
          .append(Html.escape(fingerprint.resource()))
          .append(")</li>\n");
    }
    return html.append("</ul>\n").toString();
  }

  private static void runRow(StringBuilder html, String name, String before, String after) {
    html.append("<tr><td>")
        .append(Html.escape(name))
        .append("</td><td>")
        .append(Html.escape(before))
        .append("</td><td>")
        .append(Html.escape(after))
        .append("</td></tr>\n");
  }

  static String started(RunEvidence run) {
    return Figures.instant(run.verdict().run().startMs());
  }

  static String tags(RunEvidence run) {
    String tags =
        run.verdict().run().identity().tags().entrySet().stream()
            .map(tag -> tag.getKey() + "=" + tag.getValue())
            .collect(Collectors.joining(", "));
    return tags.isEmpty() ? "none" : tags;
  }

  private static String machine(RunEvidence run) {
    MachineInfo machine = run.verdict().run().identity().machine();
    return machine == null
        ? "not recorded"
        : machine.hostName() + ", " + machine.cores() + " cores, " + machine.os();
  }

  private static String heap(RunEvidence run) {
    return Figures.amount(run.verdict().run().maxHeapBytes(), Units.BYTES);
  }
}
