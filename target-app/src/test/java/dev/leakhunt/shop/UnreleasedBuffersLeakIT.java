package dev.leakhunt.shop;

import static dev.leakhunt.shop.ResourceProbes.MIB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.shop.leaks.CheckoutAuditLog;
import dev.leakhunt.shop.leaks.LeakScenario;
import org.junit.jupiter.api.Test;

/**
 * {@code unreleased-buffers}: refused checkouts keep their pooled direct audit buffer forever, seen
 * in the NettyAllocator MBean; the clean shop releases it and direct memory stays flat.
 */
class UnreleasedBuffersLeakIT {
  private static final int REFUSED_CHECKOUTS = 1000;
  private static final int AMPLIFY = 16;

  /** 1000 audit records of 16 KiB: about 15.6 MiB of direct memory. */
  private static final long LEAK_BYTES =
      REFUSED_CHECKOUTS * (long) CheckoutAuditLog.RECORD_BYTES * AMPLIFY;

  @Test
  void leakyShopKeepsDirectMemoryOfEveryRefusedCheckout() throws Exception {
    try (RunningShop shop =
        RunningShop.start(LeakyShops.leaking(LeakScenario.UNRELEASED_BUFFERS, AMPLIFY))) {
      long growthBytes = refuseCheckoutsAndMeasureDirectGrowth(shop);

      // The pool hands out whole chunks, so growth is at least the leaked bytes, rounded up.
      assertThat(growthBytes).isBetween(LEAK_BYTES * 9 / 10, LEAK_BYTES * 2);
    }
  }

  @Test
  void cleanShopReleasesAuditBuffersAndDirectMemoryStaysFlat() throws Exception {
    try (RunningShop shop = RunningShop.start(LeakyShops.clean(AMPLIFY))) {
      long growthBytes = refuseCheckoutsAndMeasureDirectGrowth(shop);

      assertThat(growthBytes).isLessThan(4 * MIB);
    }
  }

  private static long refuseCheckoutsAndMeasureDirectGrowth(RunningShop shop) throws Exception {
    ShopClient client = shop.client();
    for (int i = 0; i < 20; i++) {
      client.checkout("warm-up-" + i, "warm-up-" + i); // warm up the pool's caches
    }
    long directBefore = ResourceProbes.nettyUsedDirectBytes();
    Load.run(
        REFUSED_CHECKOUTS,
        4,
        i -> {
          int status = client.checkout("no-such-cart-" + i, "key-" + i).status();
          if (status != 404) {
            throw new IllegalStateException("expected 404 for an unknown cart, got " + status);
          }
        });
    long growthBytes = ResourceProbes.nettyUsedDirectBytes() - directBefore;
    System.out.printf(
        "unreleased-buffers: Netty direct %+d bytes after %d refused checkouts%n",
        growthBytes, REFUSED_CHECKOUTS);
    return growthBytes;
  }
}
