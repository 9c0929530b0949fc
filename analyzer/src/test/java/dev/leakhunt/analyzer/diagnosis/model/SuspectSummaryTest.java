package dev.leakhunt.analyzer.diagnosis.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.diagnosis.RealOutputs;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuspectSummaryTest {
  @Test
  void heapLeakSentenceNamesOwnerClassRateAccumulationPointAndAllocatingLine() {
    assertThat(SuspectSummary.sentence(RealOutputs.heapLeakDiagnosis().suspects()))
        .isEqualTo(
            "Top suspects: dev.leakhunt.analyzer.sampler.diagnosis.LeakedOrder +1.07 GiB/h"
                + " held by static LeakyProgram.RETAINED_ORDERS, allocated at"
                + " dev.leakhunt.analyzer.sampler.diagnosis.OrderFactory.newOrder:8.");
  }

  @Test
  void threadSuspectSaysWhereThreadsAreStuck() {
    Suspect threads =
        Suspect.builder(1, SuspectKind.THREAD_GROUP, "order-confirmation-#", "threads.live")
            .growth(1200.0, "threads")
            .instancesPerHour(1200.0)
            .evidence("e")
            .applicationFrame(FrameRole.WAITS, "shop.Mailer.send(Mailer.java:20)")
            .build();
    assertThat(SuspectSummary.sentence(List.of(threads)))
        .isEqualTo(
            "Top suspects: threads order-confirmation-# +1,200 threads/h (stuck in"
                + " shop.Mailer.send(Mailer.java:20)).");
  }

  @Test
  void threadSuspectNamedByItsStartingLineSaysWhereThreadsStarted() {
    Suspect threads =
        Suspect.builder(1, SuspectKind.THREAD_GROUP, "order-confirmation-#", "threads.live")
            .growth(1200.0, "threads")
            .evidence("e")
            .applicationFrame(FrameRole.STARTS, "shop.Orders.confirm(Orders.java:12)")
            .build();
    assertThat(SuspectSummary.sentence(List.of(threads)))
        .isEqualTo(
            "Top suspects: threads order-confirmation-# +1,200 threads/h (started at"
                + " shop.Orders.confirm(Orders.java:12)).");
  }

  @Test
  void arraysWithoutAnOwnerAreLeftOutOnceTheOwnerIsNamed() {
    Suspect cart = heapClass(1, "dev.leakhunt.shop.cart.Cart", 3.9 * 1024 * 1024);
    Suspect bytes = heapClass(2, "byte[]", 172.2 * 1024 * 1024);

    assertThat(SuspectSummary.sentence(List.of(cart, bytes)))
        .isEqualTo("Top suspects: dev.leakhunt.shop.cart.Cart +3.90 MiB/h.");
    // Alone, the array is still said: it is all there is to go on.
    assertThat(SuspectSummary.sentence(List.of(bytes)))
        .isEqualTo("Top suspects: byte[] +172 MiB/h.");
  }

  private static Suspect heapClass(int rank, String name, double bytesPerHour) {
    return Suspect.builder(rank, SuspectKind.HEAP_CLASS, name, "heap.live")
        .growth(bytesPerHour, "bytes")
        .evidence("histograms")
        .build();
  }

  @Test
  void noSuspectsGiveNoSentence() {
    assertThat(SuspectSummary.sentence(List.of())).isEmpty();
  }
}
