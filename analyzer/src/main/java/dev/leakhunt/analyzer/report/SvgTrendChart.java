package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.trend.Trend;
import dev.leakhunt.analyzer.verdict.ResourceVerdict;
import dev.leakhunt.contract.markup.Html;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.ResourceIds;
import java.util.List;
import java.util.Locale;

/**
 * Draws one resource as an inline SVG: its samples over time, the warm-up shaded, the fitted trend
 * over the judged window in the verdict's colour, and the threshold's slope dashed from the same
 * start so the reader sees how far the trend is from the limit.
 *
 * <p>Every element is styled by presentation attributes ({@code fill=}, {@code stroke=}), never by
 * CSS: Jenkins serves archived reports under a Content-Security-Policy that blocks inline styles,
 * and an unstyled SVG shape fills black.
 */
final class SvgTrendChart {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 220;
  private static final int LEFT = 74;
  private static final int RIGHT = 12;
  private static final int TOP = 12;
  private static final int BOTTOM = 30;
  private static final int MAX_DRAWN_POINTS = 600;
  private static final double MS_PER_HOUR = 3_600_000.0;
  private static final String MUTED = "#59636e";
  private static final String SAMPLES = "#0969da";
  private static final String TICK_TEXT = "fill=\"" + MUTED + "\" font-size=\"11\"";

  private final long startMs;
  private final long endMs;
  private final long windowStartMs;

  SvgTrendChart(long startMs, long endMs, long windowStartMs) {
    this.startMs = startMs;
    this.endMs = Math.max(endMs, startMs + 1);
    this.windowStartMs = windowStartMs;
  }

  /** The SVG element for one resource's samples and verdict. */
  String render(ResourceVerdict verdict, List<Point> points) {
    List<Point> drawn = thin(points);
    Trend trend = verdict.trend();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Point p : drawn) {
      min = Math.min(min, p.value());
      max = Math.max(max, p.value());
    }
    if (trend != null) {
      min = Math.min(min, trend.interceptAtStart());
      max = Math.max(max, trendEnd(trend, trend.slopePerHour()));
    }
    if (!(min <= max)) {
      min = 0;
      max = 1;
    }
    AxisTicks ticks = AxisTicks.of(min, max, verdict.unit());
    Scale scale = new Scale(ticks.low(), ticks.high());
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
            WIDTH,
            HEIGHT,
            Html.escape(verdict.resource())));
    drawWarmup(svg);
    drawAxes(svg, scale, ticks);
    if (verdict.resource().equals(ResourceIds.HEAP_LIVE)) {
      drawDots(
          svg, drawn, scale); // Points after separate collections: a line would draw a sawtooth.
    } else {
      drawPoints(svg, drawn, scale);
    }
    if (trend != null) {
      drawThreshold(svg, verdict, trend, scale);
      drawTrend(svg, verdict, trend, scale);
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private void drawWarmup(StringBuilder svg) {
    if (windowStartMs <= startMs) {
      return;
    }
    double x1 = x(startMs);
    double x2 = x(Math.min(windowStartMs, endMs));
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect class=\"warmup\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\""
                + " fill=\"#eef1f4\"/>"
                + "<text class=\"warmup-label\" x=\"%.1f\" y=\"%d\" "
                + TICK_TEXT
                + ">warm-up</text>",
            x1,
            TOP,
            x2 - x1,
            HEIGHT - TOP - BOTTOM,
            x1 + 4,
            TOP + 12));
  }

  private void drawAxes(StringBuilder svg, Scale scale, AxisTicks ticks) {
    int plotBottom = HEIGHT - BOTTOM;
    svg.append(
        String.format(
            Locale.ROOT,
            "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
                + " stroke=\"#8c959f\" stroke-width=\"1\"/>",
            LEFT,
            plotBottom,
            WIDTH - RIGHT,
            plotBottom));
    for (double value : ticks.values()) {
      double y = scale.y(value);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\""
                  + " stroke=\"#eaeef2\" stroke-width=\"1\"/>"
                  + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\" "
                  + TICK_TEXT
                  + ">%s</text>",
              LEFT,
              y,
              WIDTH - RIGHT,
              y,
              LEFT - 6,
              y + 4,
              Html.escape(ticks.label(value))));
    }
    long spanMs = endMs - startMs;
    long stepMs = timeStepMs(spanMs);
    for (long elapsedMs = 0; elapsedMs <= spanMs; elapsedMs += stepMs) {
      double x = x(startMs + elapsedMs);
      // A label near the right edge ends there instead of being cut in half.
      String anchor = x > WIDTH - RIGHT - 20 ? "end" : "middle";
      svg.append(
          String.format(
              Locale.ROOT,
              "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" "
                  + TICK_TEXT
                  + ">%s</text>",
              anchor.equals("end") ? (double) WIDTH - RIGHT : x,
              HEIGHT - 10,
              anchor,
              Html.escape(elapsed(elapsedMs))));
    }
  }

  /** Steps a reader counts in: 10 s, 30 s, 1, 2, 5, 10, 15, 30 min, 1, 2, 3, 6, 12 h. */
  private static final long[] TIME_STEPS_SECONDS = {
    5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400
  };

  /** The smallest round time step that puts at most six intervals on the time axis. */
  static long timeStepMs(long spanMs) {
    for (long seconds : TIME_STEPS_SECONDS) {
      if (spanMs / (seconds * 1000) <= 6) {
        return seconds * 1000;
      }
    }
    return Math.max(1, spanMs / 6);
  }

  private void drawPoints(StringBuilder svg, List<Point> drawn, Scale scale) {
    if (drawn.isEmpty()) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text class=\"empty\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\""
                  + MUTED
                  + "\" font-size=\"13\">no samples</text>",
              (LEFT + WIDTH - RIGHT) / 2,
              HEIGHT / 2));
      return;
    }
    StringBuilder path = new StringBuilder();
    for (Point p : drawn) {
      path.append(path.length() == 0 ? "M" : " L")
          .append(String.format(Locale.ROOT, "%.1f %.1f", x(p.timestampMs()), scale.y(p.value())));
    }
    svg.append("<path class=\"samples\" d=\"")
        .append(path)
        .append("\" fill=\"none\" stroke=\"" + SAMPLES + "\" stroke-width=\"1.2\"")
        .append(" stroke-linejoin=\"round\" opacity=\"0.85\"/>");
  }

  private void drawDots(StringBuilder svg, List<Point> drawn, Scale scale) {
    if (drawn.isEmpty()) {
      drawPoints(svg, drawn, scale);
      return;
    }
    svg.append("<g class=\"dots\" fill=\"" + SAMPLES + "\" opacity=\"0.7\">");
    for (Point p : drawn) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.8\"/>",
              x(p.timestampMs()),
              scale.y(p.value())));
    }
    svg.append("</g>");
  }

  private void drawTrend(StringBuilder svg, ResourceVerdict verdict, Trend trend, Scale scale) {
    // A PASS that still grows is drawn in its badge's amber, not in a plain PASS's green.
    boolean warned = verdict.hasWarning();
    svg.append(
        String.format(
            Locale.ROOT,
            "<line class=\"trend trend-%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                + " stroke=\"%s\" stroke-width=\"2.5\"/>",
            warned ? "warn" : verdict.outcome().name().toLowerCase(Locale.ROOT),
            x(trend.windowStartMs()),
            scale.y(trend.interceptAtStart()),
            x(trend.windowEndMs()),
            scale.y(trendEnd(trend, trend.slopePerHour())),
            warned ? WARNING_COLOUR : outcomeColour(verdict.outcome())));
  }

  /** A warned PASS's colour, the same as the {@code badge warn} in report.css. */
  static final String WARNING_COLOUR = "#b7791f";

  /** The verdict's colour, the same as the badges' in report.css. */
  static String outcomeColour(Outcome outcome) {
    return switch (outcome) {
      case PASS -> "#2e7d32";
      case FAIL -> "#c62828";
      default -> "#6d6d6d";
    };
  }

  private void drawThreshold(StringBuilder svg, ResourceVerdict verdict, Trend trend, Scale scale) {
    double limitPerHour = verdict.appliedLimitPerHour();
    if (Double.isNaN(limitPerHour)) {
      return;
    }
    double endValue = Math.min(trendEnd(trend, limitPerHour), scale.max);
    double hoursToEnd = (endValue - trend.interceptAtStart()) / limitPerHour;
    long endAtMs =
        Math.min(trend.windowEndMs(), trend.windowStartMs() + (long) (hoursToEnd * MS_PER_HOUR));
    svg.append(
        String.format(
            Locale.ROOT,
            "<line class=\"limit\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                + " stroke=\"#bf8700\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>",
            x(trend.windowStartMs()),
            scale.y(trend.interceptAtStart()),
            x(endAtMs),
            scale.y(
                trend.interceptAtStart()
                    + limitPerHour * (endAtMs - trend.windowStartMs()) / MS_PER_HOUR)));
  }

  private static double trendEnd(Trend trend, double slopePerHour) {
    return trend.interceptAtStart()
        + slopePerHour * (trend.windowEndMs() - trend.windowStartMs()) / MS_PER_HOUR;
  }

  private double x(long timestampMs) {
    double clamped = Math.max(startMs, Math.min(endMs, timestampMs));
    return LEFT + (clamped - startMs) * (WIDTH - LEFT - RIGHT) / (endMs - startMs);
  }

  private static String elapsed(long ms) {
    long seconds = ms / 1000;
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%dh%02d", seconds / 3600, (seconds % 3600) / 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  /** Keeps at most {@value #MAX_DRAWN_POINTS} points, each bucket's lowest and highest. */
  private static List<Point> thin(List<Point> points) {
    if (points.size() <= MAX_DRAWN_POINTS) {
      return points;
    }
    int perBucket = (int) Math.ceil(points.size() / (MAX_DRAWN_POINTS / 2.0));
    java.util.ArrayList<Point> kept = new java.util.ArrayList<>();
    for (int from = 0; from < points.size(); from += perBucket) {
      List<Point> bucket = points.subList(from, Math.min(points.size(), from + perBucket));
      Point low = bucket.get(0);
      Point high = bucket.get(0);
      for (Point p : bucket) {
        low = p.value() < low.value() ? p : low;
        high = p.value() > high.value() ? p : high;
      }
      kept.add(low.timestampMs() <= high.timestampMs() ? low : high);
      if (low != high) {
        kept.add(low.timestampMs() <= high.timestampMs() ? high : low);
      }
    }
    return kept;
  }

  private record Scale(double min, double max) {
    /** The y of a value, kept inside the plot (a trend may start below zero). */
    double y(double value) {
      double clamped = Math.max(min, Math.min(max, value));
      return TOP + (max - clamped) * (HEIGHT - TOP - BOTTOM) / (max - min);
    }
  }
}
