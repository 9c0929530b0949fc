package dev.leakhunt.analyzer.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuspectSummaryTest {
  @Test
  void heapLeakSentenceNamesOwnerClassRateAccumulationPointAndAllocatingLine() {
    assertThat(SuspectSummary.sentence(RealOutputs.heapLeakDiagnosis().suspects()))
        .isEqualTo(
            "Top suspects: dev.leakhunt.analyzer.sampler.diagnosis.LeakedOrder +1.1 GiB/h"
                + " held by static LeakyProgram.RETAINED_ORDERS, allocated at"
                + " dev.leakhunt.analyzer.sampler.diagnosis.OrderFactory.newOrder:8.");
  }

  @Test
  void threadSuspectSaysWhereThreadsAreStuck() {
    Suspect threads =
        new Suspect(
            1,
            SuspectKind.THREAD_GROUP,
            "order-confirmation-#",
            "threads.live",
            1200.0,
            "threads",
            1200.0,
            "e",
            "shop.Mailer.send(Mailer.java:20)",
            List.of(),
            null,
            null,
            null);
    assertThat(SuspectSummary.sentence(List.of(threads)))
        .isEqualTo(
            "Top suspects: threads order-confirmation-# +1,200 threads/h (stuck in"
                + " shop.Mailer.send(Mailer.java:20)).");
  }

  @Test
  void arraysWithoutAnOwnerAreLeftOutOnceTheOwnerIsNamed() {
    Suspect cart = heapClass(1, "dev.leakhunt.shop.cart.Cart", 3.9 * 1024 * 1024);
    Suspect bytes = heapClass(2, "byte[]", 172.2 * 1024 * 1024);

    assertThat(SuspectSummary.sentence(List.of(cart, bytes)))
        .isEqualTo("Top suspects: dev.leakhunt.shop.cart.Cart +3.9 MiB/h.");
    // Alone, the array is still said: it is all there is to go on.
    assertThat(SuspectSummary.sentence(List.of(bytes)))
        .isEqualTo("Top suspects: byte[] +172.2 MiB/h.");
  }

  private static Suspect heapClass(int rank, String name, double bytesPerHour) {
    return new Suspect(
        rank,
        SuspectKind.HEAP_CLASS,
        name,
        "heap.live",
        bytesPerHour,
        "bytes",
        null,
        "histograms",
        null,
        List.of(),
        null,
        null,
        null);
  }

  @Test
  void noSuspectsGiveNoSentence() {
    assertThat(SuspectSummary.sentence(List.of())).isEmpty();
  }
}
