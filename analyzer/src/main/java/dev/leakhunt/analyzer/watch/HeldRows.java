package dev.leakhunt.analyzer.watch;

import dev.leakhunt.analyzer.sampler.SampleSink;
import java.util.ArrayList;
import java.util.List;

/**
 * The observations of one call to the target, held until the watch knows the call ended in time:
 * then they go to the evidence file on the watch's own thread, so a failed disk write is the
 * analyzer's failure and never mistaken for the target's. A call given up on is sealed and its late
 * observations dropped, so nothing reaches the evidence after the watch moved on.
 */
final class HeldRows implements SampleSink {
  private record Row(long timestampMs, String resource, double value) {}

  private final List<Row> rows = new ArrayList<>();
  private boolean sealed;

  @Override
  public synchronized void accept(long timestampMs, String resource, double value) {
    if (!sealed) {
      rows.add(new Row(timestampMs, resource, value));
    }
  }

  /** Drops everything held and everything that comes later. */
  synchronized void seal() {
    sealed = true;
    rows.clear();
  }

  /** The latest timestamp held, or {@code orElseMs} when none is. */
  synchronized long latestMs(long orElseMs) {
    long latest = orElseMs;
    for (Row row : rows) {
      latest = Math.max(latest, row.timestampMs());
    }
    return latest;
  }

  /** Hands the held rows to {@code sink}, in the order observed, and forgets them. */
  synchronized void drainTo(SampleSink sink) {
    for (Row row : rows) {
      sink.accept(row.timestampMs(), row.resource(), row.value());
    }
    rows.clear();
  }
}
