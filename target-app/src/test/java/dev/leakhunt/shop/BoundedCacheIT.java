package dev.leakhunt.shop;

import static dev.leakhunt.shop.ResourceProbes.MIB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.shop.leaks.LeakScenario;
import dev.leakhunt.shop.leaks.ProductPageCache;
import org.junit.jupiter.api.Test;

/**
 * {@code bounded-cache}, the negative control: the heap grows while the product page cache fills,
 * then stays flat at its cap however many more products are viewed.
 */
class BoundedCacheIT {
  private static final int AMPLIFY = 4;

  /** 1000 pages of 16 KiB at amplify 4: the cache plateaus at about 15.6 MiB. */
  private static final long CAP_BYTES = ProductPageCache.CAPACITY * 4096L * AMPLIFY;

  @Test
  void cacheGrowsWhileFillingThenPlateausAtItsCap() throws Exception {
    try (RunningShop shop =
        RunningShop.start(LeakyShops.leaking(LeakScenario.BOUNDED_CACHE, AMPLIFY))) {
      ShopClient client = shop.client();
      client.get("/products/10000"); // warm up; one page cached
      long heapBefore = ResourceProbes.liveHeapBytes();

      long halfFull = viewDistinctProducts(client, 1, 500) - heapBefore;
      long full = viewDistinctProducts(client, 501, 1500) - heapBefore;
      long afterMore = viewDistinctProducts(client, 1501, 3000) - heapBefore;
      long afterEvenMore = viewDistinctProducts(client, 3001, 6000) - heapBefore;

      System.out.printf(
          "bounded-cache: heap %+d / %+d / %+d / %+d bytes after 500 / 1500 / 3000 / 6000 products%n",
          halfFull, full, afterMore, afterEvenMore);
      assertThat(halfFull).isBetween(CAP_BYTES * 4 / 10, CAP_BYTES * 6 / 10);
      assertThat(full).isBetween(CAP_BYTES * 9 / 10, CAP_BYTES * 12 / 10);
      // Flat: 4,500 more distinct products move the heap by less than 1.5 MiB.
      assertThat(Math.abs(afterMore - full)).isLessThan(3 * MIB / 2);
      assertThat(Math.abs(afterEvenMore - full)).isLessThan(3 * MIB / 2);
    }
  }

  private static long viewDistinctProducts(ShopClient client, int fromId, int toId)
      throws Exception {
    Load.run(toId - fromId + 1, 4, i -> client.get("/products/" + (fromId + i)));
    return ResourceProbes.liveHeapBytes();
  }
}
