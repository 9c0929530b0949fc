package dev.leakhunt.analyzer.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a samples file holds: per resource id, its points in time order. Capacity rows are
 * {@code capacity:<resource>}; events are {@code event:<name>}.
 *
 * @param rows points per resource id, each list in time order
 */
public record RecordedRun(Map<String, List<Point>> rows) implements SampleSource {
  public RecordedRun {
    Map<String, List<Point>> copy = new LinkedHashMap<>();
    rows.forEach(
        (resource, points) -> {
          List<Point> sorted = new ArrayList<>(points);
          sorted.sort(Comparator.comparingLong(Point::timestampMs));
          copy.put(resource, List.copyOf(sorted));
        });
    rows = java.util.Collections.unmodifiableMap(copy);
  }

  @Override
  public void forEach(Visitor visitor) {
    rows.forEach(
        (resource, points) ->
            points.forEach(p -> visitor.visit(p.timestampMs(), resource, p.value())));
  }

  /** The points of one resource, empty when it was never recorded. */
  public List<Point> points(String resource) {
    return rows.getOrDefault(resource, List.of());
  }

  /** The latest recorded capacity of a resource, or NaN when none was recorded. */
  public double capacity(String resource) {
    List<Point> capacity = points(ResourceCatalog.capacityRow(resource));
    return capacity.isEmpty() ? Double.NaN : capacity.get(capacity.size() - 1).value();
  }

  /** The series of one resource with its unit and capacity, ready to judge. */
  public ResourceSeries series(String resource) {
    return new ResourceSeries(
        resource, ResourceCatalog.unitOf(resource), capacity(resource), points(resource));
  }

  /** The earliest timestamp of any row, if any. */
  public Optional<Long> firstTimestampMs() {
    return rows.values().stream()
        .filter(points -> !points.isEmpty())
        .map(points -> points.get(0).timestampMs())
        .min(Long::compare);
  }

  /** The latest timestamp of any row, if any. */
  public Optional<Long> lastTimestampMs() {
    return rows.values().stream()
        .filter(points -> !points.isEmpty())
        .map(points -> points.get(points.size() - 1).timestampMs())
        .max(Long::compare);
  }

  /** The latest point of a resource, if any. */
  public Optional<Point> last(String resource) {
    List<Point> points = points(resource);
    return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
  }
}
