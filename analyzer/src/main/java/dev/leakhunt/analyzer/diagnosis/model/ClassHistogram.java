package dev.leakhunt.analyzer.diagnosis.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The live objects of a JVM per class at one moment, as {@code GC.class_histogram} reports them.
 *
 * @param takenAtMs when the histogram was requested, ms since the epoch
 * @param durationMs how long the target took to produce it (a full GC plus a heap walk), ms
 * @param rows one row per class, as the JVM listed them (largest first)
 * @param totalInstances the JVM's own total of instances
 * @param totalBytes the JVM's own total of shallow bytes, i.e. the live heap at that moment
 */
public record ClassHistogram(
    long takenAtMs,
    long durationMs,
    List<HistogramRow> rows,
    long totalInstances,
    long totalBytes) {
  public ClassHistogram {
    rows = List.copyOf(rows);
  }

  /** The rows keyed by class name; a class listed twice (two loaders) has its rows summed. */
  public Map<String, HistogramRow> byClassName() {
    return rows.stream()
        .collect(
            Collectors.toMap(
                HistogramRow::className,
                Function.identity(),
                (a, b) ->
                    new HistogramRow(
                        a.className(), a.instances() + b.instances(), a.bytes() + b.bytes())));
  }
}
