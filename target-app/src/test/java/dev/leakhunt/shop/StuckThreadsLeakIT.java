package dev.leakhunt.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leakhunt.shop.leaks.LeakScenario;
import dev.leakhunt.shop.leaks.OrderConfirmationSender;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
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
      ThreadCounts growth = placeOrdersAndMeasureThreadGrowth(shop, AMPLIFY);

      assertThat(growth.named()).isEqualTo(ORDERS * AMPLIFY);
      // ThreadMXBean's live count sees them too, once corrected for idle workers of earlier tests
      // (HTTP client, pools) that ended meanwhile; up to 10 unrelated threads may have started.
      assertThat(growth.live() + growth.endedMeanwhile())
          .isBetween(ORDERS * AMPLIFY, ORDERS * AMPLIFY + 10);
    }
  }

  @Test
  void cleanShopUsesOneSenderThreadAndThreadCountStaysFlat() throws Exception {
    try (RunningShop shop = RunningShop.start(LeakyShops.clean(AMPLIFY))) {
      ThreadCounts growth = placeOrdersAndMeasureThreadGrowth(shop, 1);

      assertThat(growth.named()).isZero();
      assertThat(growth.live() + growth.endedMeanwhile()).isLessThanOrEqualTo(10);
    }
  }

  /**
   * Growth over the measured window.
   *
   * @param named change in live threads named order-confirmation-N
   * @param live change in ThreadMXBean's live thread count
   * @param endedMeanwhile threads alive at the start that ended during the window
   */
  record ThreadCounts(int named, int live, int endedMeanwhile) {}

  /**
   * Places a warm-up order, then {@link #ORDERS}, each time awaiting their confirmations: {@code
   * confirmationsPerOrder} (the leaky shop sends each from a new thread that then hangs, the clean
   * one all from its one sender thread, so a sent confirmation means its thread has started).
   */
  private static ThreadCounts placeOrdersAndMeasureThreadGrowth(
      RunningShop shop, int confirmationsPerOrder) throws Exception {
    ShopClient client = shop.client();
    LeakyShops.placeOrder(client, 1, "warm-up"); // starts the clean shop's sender thread
    awaitConfirmations(shop, confirmationsPerOrder);
    int namedBefore = stuckNamedThreads();
    int liveBefore = ResourceProbes.liveThreads();
    Set<Long> idsBefore = liveThreadIds();
    for (int i = 0; i < ORDERS; i++) {
      LeakyShops.placeOrder(client, 2 + i, "order-" + i);
    }
    // Confirmation threads have started (leaky) or the sender has sent them all (clean).
    awaitConfirmations(shop, (1 + ORDERS) * confirmationsPerOrder);
    int live = ResourceProbes.liveThreads() - liveBefore;
    idsBefore.removeAll(liveThreadIds());
    ThreadCounts growth =
        new ThreadCounts(stuckNamedThreads() - namedBefore, live, idsBefore.size());
    System.out.printf("stuck-threads: %s after %d orders%n", growth, ORDERS);
    return growth;
  }

  private static void awaitConfirmations(RunningShop shop, long sent) {
    OrderConfirmationSender sender = shop.server().shop().leaks().confirmationSender();
    await(sent + " order confirmations sent")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> sender.confirmationsSent() >= sent);
  }

  private static Set<Long> liveThreadIds() {
    return Arrays.stream(ManagementFactory.getThreadMXBean().getAllThreadIds())
        .boxed()
        .collect(Collectors.toCollection(HashSet::new));
  }

  /** Threads named order-confirmation-N (not the clean shop's order-confirmation-sender). */
  private static int stuckNamedThreads() {
    return ResourceProbes.liveThreadsNamedLike(STUCK_PREFIX)
        - ResourceProbes.liveThreadsNamedLike(STUCK_PREFIX + "sender");
  }
}
