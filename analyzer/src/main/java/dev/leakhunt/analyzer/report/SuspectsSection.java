package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.diagnosis.model.ClassGrowth;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.diagnosis.model.HistogramCost;
import dev.leakhunt.analyzer.diagnosis.model.LoaderGrowth;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.diagnosis.model.ThreadGroupGrowth;
import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.contract.markup.Html;
import dev.leakhunt.contract.run.Units;
import java.util.List;
import java.util.Locale;

/**
 * Renders the "What leaks" part of {@code report.html} from the verdict's diagnosis: the suspects
 * with their stacks and root paths, then the evidence tables and what the diagnosis cost.
 */
final class SuspectsSection {
  private static final int STACK_FRAMES_SHOWN = 10;

  private SuspectsSection() {}

  static String render(Diagnosis d) {
    if (d == null) {
      return "<p class=\"muted\">No diagnosis in this verdict (the run was judged from samples"
          + " alone).</p>";
    }
    StringBuilder html = new StringBuilder();
    html.append(suspects(d.suspects()));
    if (!d.classGrowth().isEmpty()) {
      html.append("<h3>Classes that grew between the histograms</h3>")
          .append(classGrowth(d.classGrowth()));
    }
    if (!d.oldObjectGroups().isEmpty()) {
      html.append("<h3>JFR old-object samples by path to a GC root</h3>")
          .append(oldObjects(d.oldObjectGroups()));
    }
    if (!d.threadGroups().isEmpty()) {
      html.append("<h3>Thread groups that grew</h3>").append(threads(d.threadGroups()));
    }
    if (!d.classLoaders().isEmpty()) {
      html.append("<h3>Class loader types that grew</h3>").append(loaders(d.classLoaders()));
    }
    html.append("<h3>Direct memory</h3><p>")
        .append(
            Html.escape(d.directMemory() == null ? "not examined" : d.directMemory().explanation()))
        .append("</p>");
    html.append("<h3>What the diagnosis cost and left behind</h3>").append(costs(d));
    return html.toString();
  }

  private static String suspects(List<Suspect> suspects) {
    if (suspects.isEmpty()) {
      return "<p class=\"no-suspect\">No suspect named: no failing resource, or nothing grew enough"
          + " to be named.</p>";
    }
    StringBuilder html =
        new StringBuilder(
            "<table class=\"suspects\"><thead><tr><th>#</th><th>Kind</th><th>Suspect</th>"
                + "<th>Resource</th><th>Growth</th><th>Evidence</th><th>Where (stack, root path)</th>"
                + "</tr></thead><tbody>\n");
    for (Suspect s : suspects) {
      html.append("<tr><td class=\"num\">")
          .append(s.rank())
          .append("</td><td>")
          .append(Html.escape(s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
          .append("</td><td><b>")
          .append(Html.escape(s.name()))
          .append("</b></td><td>")
          .append(Html.escape(s.resource()))
          .append("</td><td class=\"num\">")
          .append(Html.escape(growth(s)))
          .append("</td><td class=\"reason-cell\">")
          .append(Html.escape(s.evidence()))
          .append("</td><td class=\"where\">")
          .append(where(s))
          .append("</td></tr>\n");
    }
    return html.append("</tbody></table>").toString();
  }

  private static String where(Suspect s) {
    StringBuilder html = new StringBuilder();
    if (s.applicationFrame() != null) {
      html.append("<div>at <code class=\"frame\">")
          .append(Html.escape(s.applicationFrame()))
          .append("</code></div>");
    }
    if (!s.stack().isEmpty()) {
      html.append("<pre class=\"stack\">");
      s.stack().stream()
          .limit(STACK_FRAMES_SHOWN)
          .forEach(frame -> html.append(Html.escape(frame)).append('\n'));
      if (s.stack().size() > STACK_FRAMES_SHOWN) {
        html.append("... ").append(s.stack().size() - STACK_FRAMES_SHOWN).append(" more\n");
      }
      html.append("</pre>");
    }
    if (s.referencePath() != null) {
      html.append("<div class=\"path\">held by <code>")
          .append(Html.escape(s.referencePath()))
          .append("</code>");
      if (s.gcRoot() != null) {
        html.append(" <span class=\"muted\">root: ")
            .append(Html.escape(s.gcRoot()))
            .append("</span>");
      }
      html.append("</div>");
    }
    return html.length() == 0 ? "<span class=\"muted\">no stack known</span>" : html.toString();
  }

  private static String growth(Suspect s) {
    if (s.growthPerHour() == null) {
      return "sampled only";
    }
    double perHour = s.growthPerHour();
    return Units.BYTES.equals(s.growthUnit())
        ? (perHour >= 0 ? "+" : "-") + Figures.bytes((long) Math.abs(perHour)) + "/h"
        : String.format(Locale.ROOT, "%+,.0f %s/h", perHour, s.growthUnit());
  }

  private static String classGrowth(List<ClassGrowth> rows) {
    StringBuilder html =
        new StringBuilder(
            "<table class=\"growth\"><thead><tr><th>Class</th><th>Instances</th><th>Bytes</th>"
                + "<th>Bytes/h</th><th>Instances/h</th></tr></thead><tbody>\n");
    for (ClassGrowth g : rows) {
      html.append(
          String.format(
              Locale.ROOT,
              "<tr><td>%s</td><td class=\"num\">%,d &rarr; %,d</td><td class=\"num\">%s &rarr; %s</td>"
                  + "<td class=\"num\">+%s</td><td class=\"num\">%+,.0f</td></tr>\n",
              Html.escape(g.className()),
              g.instancesBefore(),
              g.instancesAfter(),
              Figures.bytes(g.bytesBefore()),
              Figures.bytes(g.bytesAfter()),
              Figures.bytes((long) g.bytesPerHour()),
              g.instancesPerHour()));
    }
    return html.append("</tbody></table>").toString();
  }

  private static String oldObjects(List<OldObjectGroup> groups) {
    StringBuilder html =
        new StringBuilder(
            "<table class=\"old-objects\"><thead><tr><th>Samples</th><th>Path to GC root</th>"
                + "<th>Allocated at</th><th>Root</th></tr></thead><tbody>\n");
    for (OldObjectGroup g : groups) {
      html.append("<tr><td class=\"num\">")
          .append(g.sampleCount())
          .append("</td><td><code>")
          .append(Html.escape(g.referencePath()))
          .append("</code></td><td><code>")
          .append(
              Html.escape(
                  g.applicationFrame() == null ? "(JDK frames only)" : g.applicationFrame()))
          .append("</code></td><td>")
          .append(Html.escape(g.gcRoot()))
          .append("</td></tr>\n");
    }
    return html.append("</tbody></table>").toString();
  }

  private static String threads(List<ThreadGroupGrowth> groups) {
    StringBuilder html =
        new StringBuilder(
            "<table class=\"threads\"><thead><tr><th>Name pattern</th><th>Threads</th><th>Per hour</th>"
                + "<th>Example</th></tr></thead><tbody>\n");
    for (ThreadGroupGrowth g : groups) {
      html.append(
          String.format(
              Locale.ROOT,
              "<tr><td>%s</td><td class=\"num\">%d &rarr; %d</td><td class=\"num\">%+,.0f</td>"
                  + "<td>%s (%s)</td></tr>\n",
              Html.escape(g.namePattern()),
              g.countBefore(),
              g.countAfter(),
              g.threadsPerHour(),
              Html.escape(g.sampleThreadName()),
              Html.escape(g.sampleState())));
    }
    return html.append("</tbody></table>").toString();
  }

  private static String loaders(List<LoaderGrowth> loaders) {
    StringBuilder html =
        new StringBuilder(
            "<table class=\"loaders\"><thead><tr><th>Loader type</th><th>Loaders</th><th>Classes</th>"
                + "<th>Metaspace</th><th>Loaders/h</th></tr></thead><tbody>\n");
    for (LoaderGrowth g : loaders) {
      html.append(
          String.format(
              Locale.ROOT,
              "<tr><td>%s</td><td class=\"num\">%,d &rarr; %,d</td><td class=\"num\">%+,d</td>"
                  + "<td class=\"num\">%s</td><td class=\"num\">%+,.0f</td></tr>\n",
              Html.escape(g.loaderType()),
              g.loadersBefore(),
              g.loadersAfter(),
              g.classesGrowth(),
              Figures.bytes(g.metaspaceBytesGrowth()),
              g.loadersPerHour()));
    }
    return html.append("</tbody></table>").toString();
  }

  private static String costs(Diagnosis d) {
    StringBuilder html = new StringBuilder("<ul class=\"costs\">");
    for (HistogramCost h : d.histograms()) {
      html.append(
          String.format(
              Locale.ROOT,
              "<li>class histogram at %s: %d ms on the target (a full GC and a heap walk) over %s"
                  + " live in %,d objects</li>",
              Html.escape(h.moment()),
              h.durationMs(),
              Figures.bytes(h.liveBytes()),
              h.liveInstances()));
    }
    if (d.jfrFile() != null) {
      html.append("<li>JFR recording (opens in JDK Mission Control): <a href=\"")
          .append(Html.escape(d.jfrFile()))
          .append("\">")
          .append(Html.escape(d.jfrFile()))
          .append("</a></li>");
    }
    if (d.heapDumpPath() != null) {
      html.append("<li>heap dump on the target's file system (opens in Eclipse MAT): <code>")
          .append(Html.escape(d.heapDumpPath()))
          .append("</code></li>");
    }
    for (String note : d.notes()) {
      html.append("<li class=\"note\">").append(Html.escape(note)).append("</li>");
    }
    return html.append("</ul>").toString();
  }
}
