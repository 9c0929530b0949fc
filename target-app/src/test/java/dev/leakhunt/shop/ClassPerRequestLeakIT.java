package dev.leakhunt.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.shop.leaks.LeakScenario;
import org.junit.jupiter.api.Test;

/**
 * {@code class-per-request}: every receipt compiles template classes in fresh class loaders, so
 * loaded classes and metaspace grow per request; the clean shop compiles its one template once.
 */
class ClassPerRequestLeakIT {
  private static final int RECEIPTS = 300;
  private static final int AMPLIFY = 4;

  @Test
  void leakyShopLoadsAmplifyClassesPerReceiptAndMetaspaceGrows() throws Exception {
    try (RunningShop shop =
        RunningShop.start(LeakyShops.leaking(LeakScenario.CLASS_PER_REQUEST, AMPLIFY))) {
      Growth growth = renderReceiptsAndMeasure(shop);

      // Exactly 1200 template classes; up to 100 more for whatever else the JVM loads meanwhile.
      assertThat(growth.classes()).isBetween(RECEIPTS * AMPLIFY, RECEIPTS * AMPLIFY + 100);
      // A class and its loader take well over 500 bytes of metaspace: 1200 of them >= 600 KB.
      assertThat(growth.metaspaceBytes()).isGreaterThan(RECEIPTS * AMPLIFY * 500L);
    }
  }

  @Test
  void cleanShopCompilesTheTemplateOnceAndMetaspaceStaysFlat() throws Exception {
    try (RunningShop shop = RunningShop.start(LeakyShops.clean(AMPLIFY))) {
      Growth growth = renderReceiptsAndMeasure(shop);

      assertThat(growth.classes()).isLessThan(30);
      assertThat(growth.metaspaceBytes()).isLessThan(200_000);
    }
  }

  record Growth(int classes, long metaspaceBytes) {}

  private static Growth renderReceiptsAndMeasure(RunningShop shop) throws Exception {
    ShopClient client = shop.client();
    String orderId = LeakyShops.placeOrder(client, 1, "receipt-order");
    for (int i = 0; i < 20; i++) {
      client.get("/orders/" + orderId); // warm up code paths before the baseline
    }
    System.gc();
    int classesBefore = ResourceProbes.loadedClasses();
    long metaspaceBefore = ResourceProbes.metaspaceUsedBytes();
    for (int i = 0; i < RECEIPTS; i++) {
      int status = client.get("/orders/" + orderId).status();
      if (status != 200) {
        throw new IllegalStateException("GET /orders/" + orderId + " answered " + status);
      }
    }
    System.gc();
    Growth growth =
        new Growth(
            ResourceProbes.loadedClasses() - classesBefore,
            ResourceProbes.metaspaceUsedBytes() - metaspaceBefore);
    System.out.printf("class-per-request: %s after %d receipts%n", growth, RECEIPTS);
    return growth;
  }
}
