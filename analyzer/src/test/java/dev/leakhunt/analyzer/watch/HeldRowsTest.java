package dev.leakhunt.analyzer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldRowsTest {
  @Test
  void theLatestTimestampHeldDatesALossAfterEveryReadThatAnswered() {
    HeldRows rows = new HeldRows();
    assertThat(rows.latestMs(1_000)).as("nothing read: the tick's start").isEqualTo(1_000);

    rows.accept(1_040, "heap.used", 1);
    rows.accept(1_090, "metaspace.used", 2);
    rows.accept(1_060, "pool:Metaspace.used", 2); // Reads may finish out of order.
    assertThat(rows.latestMs(1_000)).isEqualTo(1_090);
  }

  @Test
  void sealedRowsAreDroppedAndDateNothing() {
    HeldRows rows = new HeldRows();
    rows.accept(1_040, "heap.used", 1);
    rows.seal();
    rows.accept(1_090, "heap.used", 2);

    assertThat(rows.latestMs(1_000)).isEqualTo(1_000);
    List<Long> written = new ArrayList<>();
    rows.drainTo((timestampMs, resource, value) -> written.add(timestampMs));
    assertThat(written).isEmpty();
  }
}
