package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.analyzer.trend.Trend;
import dev.leakhunt.analyzer.verdict.ResourceVerdict;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.contract.markup.Html;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.verdict.GcPauseSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@code report.html}: the classpath template with the verdict, one SVG chart per judged
 * resource, the GC pause percentiles and the run metadata spliced in, and writes its stylesheet
 * {@code report.css} beside it. No script, no inline style, nothing fetched from elsewhere: the
 * report renders whole under Jenkins' default Content-Security-Policy ({@code sandbox; default-src
 * 'none'; img-src 'self'; style-src 'self';}).
 */
public final class HtmlReportWriter {
  private static final String TEMPLATE = "report-template.html";

  /** The stylesheet's file name, beside the report. */
  public static final String STYLESHEET = "report.css";

  /**
   * Writes the report.
   *
   * @param verdict the run's verdict, as read from {@code verdict.json}
   * @param pointsByResource the recorded points of each judged resource, for the charts
   */
  public void write(RunVerdict verdict, Map<String, List<Point>> pointsByResource, Path file)
      throws IOException {
    write(verdict, pointsByResource, null, file);
  }

  /**
   * Writes the report with its "What leaks" section.
   *
   * @param diagnosis the verdict's diagnosis, or null when the run had none
   */
  public void write(
      RunVerdict verdict, Map<String, List<Point>> pointsByResource, Diagnosis diagnosis, Path file)
      throws IOException {
    Files.writeString(file, render(verdict, pointsByResource, diagnosis), StandardCharsets.UTF_8);
    Path dir = file.toAbsolutePath().getParent();
    Files.writeString(dir.resolve(STYLESHEET), resource(STYLESHEET), StandardCharsets.UTF_8);
  }

  /** The report's HTML, without a diagnosis. */
  public String render(RunVerdict verdict, Map<String, List<Point>> pointsByResource) {
    return render(verdict, pointsByResource, null);
  }

  /** The report's HTML; {@code diagnosis} may be null. */
  public String render(
      RunVerdict verdict, Map<String, List<Point>> pointsByResource, Diagnosis diagnosis) {
    var run = verdict.run();
    long endMs = run.endMs() != null ? run.endMs() : run.startMs();
    SvgTrendChart chart = new SvgTrendChart(run.startMs(), endMs, run.windowStartMs());
    StringBuilder rows = new StringBuilder();
    StringBuilder charts = new StringBuilder();
    for (ResourceVerdict resource : verdict.resources()) {
      rows.append(verdictRow(resource));
    }
    for (ResourceVerdict resource : chartOrder(verdict.resources())) {
      charts
          .append("<figure><figcaption><span>")
          .append(Html.escape(resource.resource()))
          .append(" ")
          .append(badge(resource))
          .append("</span><span class=\"muted\">")
          .append(Html.escape(slopeText(resource)))
          .append("</span></figcaption>")
          .append(
              chart.render(resource, pointsByResource.getOrDefault(resource.resource(), List.of())))
          .append("</figure>\n");
    }
    return Html.fill(
        template(),
        Map.ofEntries(
            Map.entry(
                "head",
                Html.pageStart(
                    "leakhunt " + outcomeText(verdict) + ": " + run.connection(), STYLESHEET)),
            Map.entry("outcomeClass", outcomeClass(verdict)),
            Map.entry("outcome", outcomeText(verdict)),
            Map.entry("connection", Html.escape(run.connection())),
            Map.entry("reason", Html.escape(verdict.reason())),
            Map.entry("verdictRows", rows.toString()),
            Map.entry("leakTrace", LeakTraceSection.render(diagnosis)),
            Map.entry("suspects", SuspectsSection.render(diagnosis)),
            Map.entry("charts", charts.toString()),
            Map.entry("gcPauses", gcPauses(verdict.gcPauses())),
            Map.entry("runRows", new RunMetadataRows(verdict).render()),
            Map.entry("analyzerVersion", Html.escape(run.analyzerVersion()))));
  }

  /** Failing resources first, then passing ones that still grow (warnings), then the rest. */
  static List<ResourceVerdict> chartOrder(List<ResourceVerdict> resources) {
    return resources.stream()
        .sorted(
            Comparator.comparingInt(v -> v.outcome() == Outcome.FAIL ? 0 : v.hasWarning() ? 1 : 2))
        .toList();
  }

  private static String verdictRow(ResourceVerdict v) {
    Trend trend = v.trend();
    String slope = "n/a";
    String p = "n/a";
    String recent = "n/a";
    String last = "n/a";
    if (trend != null) {
      slope =
          Figures.ratePerHour(trend.slopePerHour(), v.unit())
              + " ("
              + Figures.amount(trend.slopeLowerPerHour(), v.unit())
              + " to "
              + Figures.amount(trend.slopeUpperPerHour(), v.unit())
              + ")";
      p = String.format(Locale.ROOT, "%.2g", trend.pValue());
      recent = Figures.ratePerHour(trend.recentSlopePerHour(), v.unit());
      last = Figures.amount(trend.lastValue(), v.unit());
      if (!Double.isNaN(v.capacity()) && v.capacity() > 0) {
        last += " of " + Figures.amount(v.capacity(), v.unit());
      }
    }
    return "<tr><td><b>"
        + Html.escape(v.resource())
        + "</b></td><td>"
        + badge(v)
        + "</td><td class=\"num\">"
        + Html.escape(slope)
        + "</td><td class=\"num\">"
        + Html.escape(p)
        + "</td><td class=\"num\">"
        + Html.escape(recent)
        + "</td><td class=\"num\">"
        + Html.escape(Figures.ratePerHour(v.appliedLimitPerHour(), v.unit()))
        + "</td><td class=\"num\">"
        + Html.escape(last)
        + "</td><td class=\"num\">"
        + Html.escape(Figures.duration(v.timeToExhaustion()))
        + "</td><td class=\"reason-cell\">"
        + Html.escape(v.reason())
        + "</td></tr>\n";
  }

  private static String slopeText(ResourceVerdict v) {
    return v.trend() == null
        ? "no trend fitted"
        : Figures.ratePerHour(v.trend().slopePerHour(), v.unit());
  }

  private static String gcPauses(GcPauseSummary pauses) {
    if (pauses == null || pauses.count() == 0) {
      return "<p class=\"muted\">No GC pause was recorded.</p>";
    }
    return String.format(
        Locale.ROOT,
        "<table class=\"gc\"><thead><tr><th>Pauses</th><th>p50</th><th>p90</th><th>p99</th>"
            + "<th>p99.9</th><th>max</th><th>total</th></tr></thead><tbody><tr>"
            + "<td class=\"num\">%d</td><td class=\"num\">%.1f ms</td><td class=\"num\">%.1f ms</td>"
            + "<td class=\"num\">%.1f ms</td><td class=\"num\">%.1f ms</td><td class=\"num\">%.1f ms</td>"
            + "<td class=\"num\">%.0f ms</td></tr></tbody></table>",
        pauses.count(),
        pauses.p50Ms(),
        pauses.p90Ms(),
        pauses.p99Ms(),
        pauses.p999Ms(),
        pauses.maxMs(),
        pauses.totalMs());
  }

  private static boolean warns(RunVerdict verdict) {
    return verdict.outcome() == Outcome.PASS
        && verdict.resources().stream().anyMatch(ResourceVerdict::hasWarning);
  }

  private static String outcomeClass(RunVerdict verdict) {
    return warns(verdict) ? "warn" : verdict.outcome().name().toLowerCase(Locale.ROOT);
  }

  private static String outcomeText(RunVerdict verdict) {
    return warns(verdict) ? "PASS with warnings" : verdict.outcome().name();
  }

  /** A resource's badge: a PASS that still grows under its limit is shown as a warning. */
  static String badge(ResourceVerdict verdict) {
    if (verdict.hasWarning()) {
      return "<span class=\"badge warn\" title=\""
          + Html.escape(verdict.warning())
          + "\">PASS, GROWS</span>";
    }
    return Badges.of(verdict.outcome().name());
  }

  private static String template() {
    return resource(TEMPLATE);
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
