package dev.leakhunt.shop;

import static dev.leakhunt.shop.ResourceProbes.MIB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.shop.leaks.LeakScenario;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code abandoned-carts}: with eviction dead, abandoned carts pile up on the heap; the clean shop
 * evicts them after the idle TTL and its heap returns to where it was.
 */
class AbandonedCartsLeakIT {
  private static final int CARTS = 2000;
  private static final int AMPLIFY = 16;

  /** Each cart carries a 16 KiB guest session at amplify 16: 2000 carts hold about 31 MiB. */
  private static final long LEAK_BYTES = CARTS * 16L * 1024;

  private static final Duration TTL = Duration.ofMillis(300);

  @Test
  void leakyShopKeepsEveryAbandonedCartOnTheHeap() throws Exception {
    ShopConfig config = LeakyShops.leaking(LeakScenario.ABANDONED_CARTS, AMPLIFY).withCartTtl(TTL);
    try (RunningShop shop = RunningShop.start(config)) {
      long growthBytes = abandonCartsAndMeasureHeapGrowth(shop);

      assertThat(shop.client().stats().get("cartsLive").asInt())
          .isEqualTo(CARTS + 1); // + warm-up cart
      // 2000 guest sessions plus cart bookkeeping; 10% below for measurement noise.
      assertThat(growthBytes).isBetween(LEAK_BYTES * 9 / 10, LEAK_BYTES * 3 / 2);
    }
  }

  @Test
  void cleanShopEvictsAbandonedCartsAndHeapStaysFlat() throws Exception {
    try (RunningShop shop = RunningShop.start(LeakyShops.clean(AMPLIFY).withCartTtl(TTL))) {
      long growthBytes = abandonCartsAndMeasureHeapGrowth(shop);

      assertThat(shop.client().stats().get("cartsLive").asInt()).isZero();
      assertThat(growthBytes).isLessThan(3 * MIB);
    }
  }

  private static long abandonCartsAndMeasureHeapGrowth(RunningShop shop) throws Exception {
    ShopClient client = shop.client();
    client.addItem(client.newCart(), 1, 1); // warm up code paths before the baseline
    Thread.sleep(TTL.multipliedBy(3).toMillis());
    long heapBefore = ResourceProbes.liveHeapBytes();

    Load.run(CARTS, 4, i -> client.addItem(client.newCart(), i % 500 + 1, 1 + i % 5));
    // Eviction runs every TTL/4 and drops carts idle longer than TTL: after 3 TTLs all are due.
    Thread.sleep(TTL.multipliedBy(3).toMillis());
    long growthBytes = ResourceProbes.liveHeapBytes() - heapBefore;
    System.out.printf("abandoned-carts: live heap %+d bytes after %d carts%n", growthBytes, CARTS);
    return growthBytes;
  }
}
