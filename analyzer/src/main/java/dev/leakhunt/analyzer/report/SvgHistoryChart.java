package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.compare.Change;
import dev.leakhunt.analyzer.evidence.FigureText;
import dev.leakhunt.analyzer.evidence.KeyFigure;
import dev.leakhunt.analyzer.history.ChangePoint;
import dev.leakhunt.analyzer.history.FigureHistory;
import dev.leakhunt.contract.markup.Html;
import java.util.List;
import java.util.Locale;

/**
 * Draws one figure across runs as an SVG: runs on the x axis labelled with their version, each
 * value as a dot with its 95 % interval as a vertical bar, the first run of every change point
 * shaded (red: worse, green: better). Styling by presentation attributes only, so the chart looks
 * the same with or without the page's stylesheet.
 */
final class SvgHistoryChart {
  static final int WIDTH = 600;
  static final int HEIGHT = 250;
  private static final int LEFT = 84;
  private static final int RIGHT = 16;
  private static final int TOP = 14;
  private static final int BOTTOM = 58;
  private static final String INK = "#1f2328";
  private static final String MUTED = "#59636e";
  private static final String GRID = "#eaeef2";
  private static final String POINT = "#0969da";
  private static final String WORSE = "#c62828";
  private static final String BETTER = "#1a7f37";

  private SvgHistoryChart() {}

  static String render(FigureHistory figure, List<String> runLabels) {
    List<KeyFigure> values = figure.perRun();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (KeyFigure value : values) {
      if (value == null) {
        continue;
      }
      min = Math.min(min, value.hasInterval() ? value.lower() : value.value());
      max = Math.max(max, value.hasInterval() ? value.upper() : value.value());
    }
    if (min > 0 && min < max * 0.5) {
      min = 0; // Near zero: show the zero line, so small and large values read right.
    }
    if (max <= min) {
      double pad = Math.abs(max) > 0 ? Math.abs(max) * 0.1 : 1;
      min -= pad;
      max += pad;
    }
    double range = max - min;
    if (min != 0) {
      min -= range * 0.05; // A zero floor stays the axis' bottom.
    }
    max += range * 0.05;
    int n = values.size();
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double step = plotWidth / n;
    StringBuilder svg = new StringBuilder();
    svg.append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\""
                    + " height=\"%d\" role=\"img\" aria-label=\"%s across %d runs\">\n",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT,
                Html.escape(figure.label()),
                n))
        .append("<rect x=\"0\" y=\"0\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" fill=\"#ffffff\"/>\n");
    for (ChangePoint change : figure.changePoints()) {
      double x = LEFT + step * change.runIndex();
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\""
                  + " fill-opacity=\"0.12\"><title>%s</title></rect>\n",
              x,
              TOP,
              step,
              plotHeight,
              change.direction() == Change.REGRESSION ? WORSE : BETTER,
              Html.escape(
                  (change.direction() == Change.REGRESSION
                          ? "worse from here: "
                          : "better from here: ")
                      + change.why())));
    }
    for (int tick = 0; tick <= 4; tick++) {
      double value = min + (max - min) * tick / 4;
      double y = y(value, min, max, plotHeight);
      svg.append(
              String.format(
                  Locale.ROOT,
                  "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\""
                      + " stroke-width=\"1\"/>\n",
                  LEFT,
                  y,
                  WIDTH - RIGHT,
                  y,
                  GRID))
          .append(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\" fill=\"%s\">%s</text>\n",
                  LEFT - 6,
                  y + 4,
                  MUTED,
                  Html.escape(FigureText.amount(figure.any(), value))));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%.1f\" stroke=\"#8c959f\" stroke-width=\"1\"/>\n"
                + "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#8c959f\""
                + " stroke-width=\"1\"/>\n",
            LEFT,
            TOP,
            LEFT,
            TOP + plotHeight,
            LEFT,
            TOP + plotHeight,
            WIDTH - RIGHT,
            TOP + plotHeight));
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double x = LEFT + step * (i + 0.5);
      String label = i + 1 + " " + shorten(runLabels.get(i));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\" fill=\"%s\""
                  + " transform=\"rotate(-30 %.1f %.1f)\">%s</text>\n",
              x + 4,
              TOP + plotHeight + 16,
              INK,
              x + 4,
              TOP + plotHeight + 16,
              Html.escape(label)));
      KeyFigure value = values.get(i);
      if (value == null) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\""
                    + " fill=\"%s\">n/a</text>\n",
                x,
                TOP + plotHeight / 2,
                MUTED));
        continue;
      }
      double y = y(value.value(), min, max, plotHeight);
      line.append(line.length() == 0 ? "M" : " L")
          .append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
      if (value.hasInterval()) {
        double yLow = y(value.lower(), min, max, plotHeight);
        double yHigh = y(value.upper(), min, max, plotHeight);
        svg.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                    + " stroke-width=\"2\"/>\n"
                    + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                    + " stroke-width=\"2\"/>\n"
                    + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                    + " stroke-width=\"2\"/>\n",
                x,
                yLow,
                x,
                yHigh,
                POINT,
                x - 5,
                yLow,
                x + 5,
                yLow,
                POINT,
                x - 5,
                yHigh,
                x + 5,
                yHigh,
                POINT));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s: %s</title></circle>\n",
              x,
              y,
              POINT,
              Html.escape(runLabels.get(i)),
              Html.escape(FigureText.withInterval(value))));
    }
    if (line.length() > 0) {
      svg.append("<path d=\"")
          .append(line)
          .append("\" fill=\"none\" stroke=\"")
          .append(POINT)
          .append("\" stroke-width=\"1\" stroke-opacity=\"0.5\"/>\n");
    }
    return svg.append("</svg>").toString();
  }

  private static double y(double value, double min, double max, double plotHeight) {
    return TOP + plotHeight - (value - min) / (max - min) * plotHeight;
  }

  private static String shorten(String label) {
    return label.length() <= 16 ? label : label.substring(0, 15) + "…";
  }
}
