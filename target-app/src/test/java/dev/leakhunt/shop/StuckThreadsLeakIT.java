package dev.leakhunt.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.shop.leaks.LeakScenario;
import org.junit.jupiter.api.Test;

/**
 * {@code stuck-threads}: every order starts confirmation threads that never end; the clean shop
 * sends confirmations from one shared thread and the thread count stays flat.
 */
class StuckThreadsLeakIT {
  private static final int ORDERS = 50;
  private static final int AMPLIFY = 4;
  private static final String STUCK_PREFIX = "order-confirmation-";

  @Test
  void leakyShopLeavesAmplifyThreadsPerOrderRunning() throws Exception {
    try (RunningShop shop =
        RunningShop.start(LeakyShops.leaking(LeakScenario.STUCK_THREADS, AMPLIFY))) {
      ThreadCounts growth = placeOrdersAndMeasureThreadGrowth(shop);

      assertThat(growth.named()).isEqualTo(ORDERS * AMPLIFY);
      assertThat(growth.live()).isGreaterThanOrEqualTo(ORDERS * AMPLIFY);
    }
  }

  @Test
  void cleanShopUsesOneSenderThreadAndThreadCountStaysFlat() throws Exception {
    try (RunningShop shop = RunningShop.start(LeakyShops.clean(AMPLIFY))) {
      ThreadCounts growth = placeOrdersAndMeasureThreadGrowth(shop);

      assertThat(growth.named()).isZero();
      assertThat(growth.live()).isLessThanOrEqualTo(4);
    }
  }

  record ThreadCounts(int named, int live) {}

  private static ThreadCounts placeOrdersAndMeasureThreadGrowth(RunningShop shop) throws Exception {
    ShopClient client = shop.client();
    LeakyShops.placeOrder(client, 1, "warm-up"); // starts the clean shop's sender thread
    Thread.sleep(200);
    int namedBefore = stuckNamedThreads();
    int liveBefore = ResourceProbes.liveThreads();
    for (int i = 0; i < ORDERS; i++) {
      LeakyShops.placeOrder(client, 2 + i, "order-" + i);
    }
    Thread.sleep(500); // let confirmation threads start (leaky) or finish (clean)
    ThreadCounts growth =
        new ThreadCounts(
            stuckNamedThreads() - namedBefore, ResourceProbes.liveThreads() - liveBefore);
    System.out.printf("stuck-threads: %s after %d orders%n", growth, ORDERS);
    return growth;
  }

  /** Threads named order-confirmation-N (not the clean shop's order-confirmation-sender). */
  private static int stuckNamedThreads() {
    return ResourceProbes.liveThreadsNamedLike(STUCK_PREFIX)
        - ResourceProbes.liveThreadsNamedLike(STUCK_PREFIX + "sender");
  }
}
