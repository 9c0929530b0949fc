package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.diagnosis.model.LeakTrace;
import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.diagnosis.model.TraceNode;
import dev.leakhunt.contract.markup.Html;
import java.util.List;
import java.util.Locale;

/**
 * Renders the leak traces at the top of {@code report.html}, before any table: per traced suspect,
 * one sentence (owner class, accumulation point, allocating line, growth) and the path from the GC
 * root down to the leaking objects, LeakCanary-style, with the accumulation point and the owner
 * marked. Readable in ten seconds; the tables below support it.
 */
final class LeakTraceSection {
  private static final int SHOWN = 3;

  private LeakTraceSection() {}

  /** The section's HTML, or an empty string when no suspect has a trace. */
  static String render(Diagnosis diagnosis) {
    if (diagnosis == null) {
      return "";
    }
    List<Suspect> traced =
        diagnosis.suspects().stream().filter(s -> s.trace() != null).limit(SHOWN).toList();
    if (traced.isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<section class=\"leak-traces\"><h2>Leak trace</h2>\n");
    for (Suspect s : traced) {
      html.append(headline(s)).append(path(s.trace()));
    }
    return html.append("</section>\n").toString();
  }

  private static String headline(Suspect s) {
    LeakTrace t = s.trace();
    StringBuilder text =
        new StringBuilder("<p class=\"trace-headline\">")
            .append(s.rank())
            .append(". <b>")
            .append(Html.escape(t.ownerClass()))
            .append("</b> piles up at <code>")
            .append(Html.escape(t.accumulationPoint()))
            .append("</code>");
    if (t.allocatingFrame() != null) {
      text.append(", allocated at <code class=\"frame\">")
          .append(Html.escape(t.allocatingFrame()))
          .append("</code>");
    }
    if (t.ownerInstancesAfter() != null) {
      text.append(
          String.format(
              Locale.ROOT,
              "; %,d &rarr; %,d instances between the histograms (%+,.0f/h)",
              t.ownerInstancesBefore(),
              t.ownerInstancesAfter(),
              t.ownerInstancesPerHour()));
    }
    return text.append(". <span class=\"muted\">")
        .append(Html.escape(s.resource()))
        .append(", ")
        .append(t.sampleCount())
        .append(t.sampleCount() == 1 ? " JFR sample" : " JFR samples")
        .append(", fingerprint ")
        .append(Html.escape(t.fingerprint()))
        .append("</span></p>\n")
        .toString();
  }

  /** The path as text lines, root on top, as LeakCanary prints one. */
  static String path(LeakTrace t) {
    StringBuilder text = new StringBuilder("<pre class=\"stack trace\">");
    text.append("\u252c GC root: ").append(Html.escape(t.gcRoot())).append('\n');
    List<TraceNode> nodes = t.path();
    int ownerIndex = ownerIndex(t);
    for (int i = 0; i < nodes.size(); i++) {
      TraceNode node = nodes.get(i);
      if (node.kind().equals("ROOT")) {
        continue;
      }
      boolean last = i == nodes.size() - 1;
      text.append(last ? "\u2570\u2192 " : "\u251c\u2500 ").append(Html.escape(node.text()));
      if (node.accumulationPoint()) {
        text.append("   \u25c0 accumulation point: keeps growing");
      }
      if (i == ownerIndex) {
        text.append(node.accumulationPoint() ? "; owner " : "   \u25c0 owner ")
            .append(Html.escape(t.ownerClass()));
      }
      if (node.leaking() && last) {
        text.append("   (leaking)");
      }
      text.append('\n');
    }
    return text.append("</pre>\n").toString();
  }

  /** The node that shows the owner class: the element nearest below the accumulation point. */
  private static int ownerIndex(LeakTrace t) {
    List<TraceNode> nodes = t.path();
    for (int i = 0; i < nodes.size(); i++) {
      String className = nodes.get(i).className();
      if (className != null
          && (className.equals(t.ownerClass()) || className.equals(t.ownerClass() + "[]"))) {
        return i;
      }
    }
    return -1;
  }
}
