package dev.leakhunt.analyzer.diagnosis.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.model.PathLink;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which JFR old-object samples can hold a leak. */
class SampleTriageTest {
  private static final String STACK_ROOT = "Threads / Stack Variable: EventLoop.run";

  private static OldObjectGroup rootedInAStack(List<PathLink> links) {
    return new OldObjectGroup(
        "byte[]", "path", STACK_ROOT, 5, "shop.Handler.handle:10", List.of(), links);
  }

  @Test
  void objectsReachedFromAFrameThroughJdkContainersOnlyAreWorkInFlight() {
    OldObjectGroup inFlight =
        rootedInAStack(
            List.of(
                new PathLink(PathLink.Kind.OBJECT, "byte[]", null),
                new PathLink(PathLink.Kind.FIELD, "java.util.ArrayList", "elementData")));
    assertThat(SampleTriage.of(inFlight)).isEqualTo(SampleTriage.Holder.THREAD_STACK);
  }

  @Test
  void objectsReachedFromAFrameThroughAnApplicationFieldCanLeak() {
    // The shop's carts: the event loop's frame holds the server, whose CartStore keeps the map.
    OldObjectGroup carts =
        rootedInAStack(
            List.of(
                new PathLink(PathLink.Kind.OBJECT, "shop.cart.Cart", null),
                new PathLink(
                    PathLink.Kind.FIELD, "java.util.concurrent.ConcurrentHashMap$Node", "val"),
                new PathLink(PathLink.Kind.FIELD, "shop.cart.CartStore", "cartsById")));
    assertThat(SampleTriage.of(carts)).isEqualTo(SampleTriage.Holder.LEAK_CANDIDATE);
  }
}
