package dev.leakhunt.analyzer.evidence;

import dev.leakhunt.analyzer.sampler.MBeanAttributeSpec;
import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.trend.MedianInterval;
import dev.leakhunt.analyzer.trend.Trend;
import dev.leakhunt.analyzer.verdict.ResourceVerdict;
import dev.leakhunt.contract.run.RunInfo;
import dev.leakhunt.contract.verdict.GcPauseSummary;
import java.util.ArrayList;
import java.util.List;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * The key figures of one run, in a fixed order: each judged resource's slope with its interval,
 * each recorded server-side latency (median of the window's per-interval values, with the median's
 * interval), the load's p99 and error rate, the GC pause percentiles.
 */
public final class RunFigures {
  /**
   * Fewest distinct latency intervals a figure needs: the median's order-statistic interval of
   * fewer values spans nearly their whole range, and a starved sampler (a few reads in a minute)
   * must give no figure rather than a zero-width "interval" around one value.
   */
  static final int MIN_LATENCY_VALUES = 10;

  private RunFigures() {}

  /** Every key figure the run holds. */
  public static List<KeyFigure> of(RunEvidence run) {
    List<KeyFigure> figures = new ArrayList<>();
    for (ResourceVerdict resource : run.verdict().resources()) {
      Trend trend = resource.trend();
      if (trend == null || Double.isNaN(trend.slopePerHour())) {
        continue;
      }
      figures.add(
          new KeyFigure(
              "slope:" + resource.resource(),
              resource.resource() + " slope",
              FigureKind.SLOPE,
              resource.unit() + "/h",
              trend.slopePerHour(),
              trend.slopeLowerPerHour(),
              trend.slopeUpperPerHour(),
              resource.threshold() == null ? Double.NaN : resource.threshold().minSlopePerHour()));
    }
    if (run.samples() != null) {
      for (String row : run.samples().rows().keySet()) {
        if (row.startsWith(MBeanAttributeSpec.LATENCY_PREFIX)) {
          KeyFigure latency = latency(row, run.samples().points(row), run.verdict().run());
          if (latency != null) {
            figures.add(latency);
          }
        }
      }
    }
    LoadFigures load = run.load();
    if (load != null && !Double.isNaN(load.p99Ms())) {
      figures.add(point("load:p99", "load p99 (client)", FigureKind.LOAD_P99, "ms", load.p99Ms()));
    }
    if (load != null && !Double.isNaN(load.errorPercent())) {
      figures.add(
          point(
              "load:errors",
              "load error rate (client)",
              FigureKind.LOAD_ERRORS,
              "%",
              load.errorPercent()));
    }
    GcPauseSummary pauses = run.verdict().gcPauses();
    if (pauses != null && pauses.count() > 0) {
      figures.add(point("gc:p50", "GC pause p50", FigureKind.GC_PAUSE, "ms", pauses.p50Ms()));
      figures.add(point("gc:p99", "GC pause p99", FigureKind.GC_PAUSE, "ms", pauses.p99Ms()));
      figures.add(point("gc:max", "GC pause max", FigureKind.GC_PAUSE, "ms", pauses.maxMs()));
    }
    return figures;
  }

  /**
   * A latency attribute's figure over the judged window: the median of its values with the median's
   * 95 % interval, in ms. Zeros are left out (an interval without requests has no latency), and a
   * value repeated by consecutive samples is counted once (the same closed interval read twice);
   * null with fewer than {@link #MIN_LATENCY_VALUES} values left.
   */
  static KeyFigure latency(String resource, List<Point> points, RunInfo info) {
    double[] values =
        distinctConsecutive(
            points.stream()
                .filter(p -> p.timestampMs() >= info.windowStartMs())
                .mapToDouble(Point::value)
                .filter(v -> v > 0)
                .toArray());
    if (values.length < MIN_LATENCY_VALUES) {
      return null;
    }
    String attribute = resource.substring(resource.lastIndexOf('#') + 1);
    double toMs = scaleToMs(attribute);
    MedianInterval median = MedianInterval.of(values);
    return new KeyFigure(
        resource,
        latencyLabel(resource, attribute),
        FigureKind.SERVER_LATENCY,
        "ms",
        median.median() * toMs,
        median.lower() * toMs,
        median.upper() * toMs,
        Double.NaN);
  }

  private static double[] distinctConsecutive(double[] values) {
    double[] kept = new double[values.length];
    int count = 0;
    for (double value : values) {
      if (count == 0 || kept[count - 1] != value) {
        kept[count++] = value;
      }
    }
    return java.util.Arrays.copyOf(kept, count);
  }

  /** The attribute's unit by its name: {@code ...Micros}, {@code ...Nanos}, else milliseconds. */
  private static double scaleToMs(String attribute) {
    String name = attribute.toLowerCase(java.util.Locale.ROOT);
    if (name.contains("micros") || name.endsWith("us")) {
      return 1e-3;
    }
    if (name.contains("nanos") || name.endsWith("ns")) {
      return 1e-6;
    }
    return 1;
  }

  /**
   * {@code products.get IntervalP99Micros} for {@code
   * latency:dev.leakhunt.shop:endpoint=products.get,type=Latency#IntervalP99Micros}: the key values
   * other than {@code type}, then the attribute.
   */
  private static String latencyLabel(String resource, String attribute) {
    String name =
        resource.substring(MBeanAttributeSpec.LATENCY_PREFIX.length(), resource.lastIndexOf('#'));
    try {
      ObjectName objectName = new ObjectName(name);
      List<String> parts = new ArrayList<>();
      new java.util.TreeMap<>(objectName.getKeyPropertyList())
          .forEach(
              (key, value) -> {
                if (!key.equals("type")) {
                  parts.add(value);
                }
              });
      String prefix = parts.isEmpty() ? objectName.getDomain() : String.join(",", parts);
      return "server " + prefix + " " + attribute;
    } catch (MalformedObjectNameException e) {
      return "server " + name + " " + attribute;
    }
  }

  private static KeyFigure point(
      String id, String label, FigureKind kind, String unit, double value) {
    return new KeyFigure(id, label, kind, unit, value, Double.NaN, Double.NaN, Double.NaN);
  }
}
