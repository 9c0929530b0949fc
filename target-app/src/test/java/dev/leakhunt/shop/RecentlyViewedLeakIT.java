package dev.leakhunt.shop;

import static dev.leakhunt.shop.ResourceProbes.MIB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.shop.leaks.LeakScenario;
import dev.leakhunt.shop.leaks.RecentlyViewedTracker;
import org.junit.jupiter.api.Test;

/**
 * {@code recently-viewed}: each product view adds entries to a static map that nothing removes; the
 * clean shop keeps a bounded LRU of recent views.
 */
class RecentlyViewedLeakIT {
  private static final int VIEWS = 2000;
  private static final int AMPLIFY = 64;

  @Test
  void leakyShopAddsStaticEntriesPerViewAndHeapGrows() throws Exception {
    try (RunningShop shop =
        RunningShop.start(LeakyShops.leaking(LeakScenario.RECENTLY_VIEWED, AMPLIFY))) {
      int entriesBefore = RecentlyViewedTracker.leakedEntries();
      long growthBytes = viewProductsAndMeasureHeapGrowth(shop);

      assertThat(RecentlyViewedTracker.leakedEntries() - entriesBefore)
          .isEqualTo((VIEWS + 1) * AMPLIFY); // + the warm-up view
      // An entry, its key and its map node take at least 80 bytes: 128,000 entries >= 9.8 MiB.
      assertThat(growthBytes).isGreaterThan(VIEWS * AMPLIFY * 80L);
    }
  }

  @Test
  void cleanShopKeepsABoundedRecentViewsListAndHeapStaysFlat() throws Exception {
    try (RunningShop shop = RunningShop.start(LeakyShops.clean(AMPLIFY))) {
      int entriesBefore = RecentlyViewedTracker.leakedEntries();
      long growthBytes = viewProductsAndMeasureHeapGrowth(shop);

      assertThat(RecentlyViewedTracker.leakedEntries()).isEqualTo(entriesBefore);
      assertThat(growthBytes).isLessThan(2 * MIB);
    }
  }

  private static long viewProductsAndMeasureHeapGrowth(RunningShop shop) throws Exception {
    ShopClient client = shop.client();
    client.get("/products/1"); // warm up code paths before the baseline
    long heapBefore = ResourceProbes.liveHeapBytes();
    Load.run(VIEWS, 4, i -> client.get("/products/" + (i % 10_000 + 1)));
    long growthBytes = ResourceProbes.liveHeapBytes() - heapBefore;
    System.out.printf("recently-viewed: live heap %+d bytes after %d views%n", growthBytes, VIEWS);
    return growthBytes;
  }
}
