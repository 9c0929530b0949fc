package dev.leakhunt.soak.settings;

import java.time.Duration;
import java.util.List;

/**
 * How the embedded sample shop is started.
 *
 * @param leaks leak scenarios to switch on (empty: clean mode)
 * @param leakAmplify how much each leaky request leaks, 1 or more
 * @param cartTtl idle time after which the shop evicts a cart
 * @param ordersKept how many recent orders the shop retains: small, so the order book is full
 *     before the warm-up ends instead of filling (and looking like growth) during the window
 * @param maxHeap the shop's {@code -Xmx} value, e.g. {@code 256m}: an explicit heap, because JVM
 *     ergonomics pick a quarter of RAM, which hides a leak for hours
 * @param instances how many shops to start, each on its own free loopback ports (shoppers spread
 *     over them round-robin, the analyzer watching each as {@code shop-1..shop-N})
 * @param leakingInstances how many of them, from the first, get the leak scenarios; the others run
 *     clean
 */
public record ShopOptions(
    List<String> leaks,
    int leakAmplify,
    Duration cartTtl,
    int ordersKept,
    String maxHeap,
    int instances,
    int leakingInstances) {
  /** Copies the leak list. */
  public ShopOptions {
    leaks = List.copyOf(leaks);
  }

  /** One shop, as before several instances could be started. */
  public ShopOptions(
      List<String> leaks, int leakAmplify, Duration cartTtl, int ordersKept, String maxHeap) {
    this(leaks, leakAmplify, cartTtl, ordersKept, maxHeap, 1, 1);
  }

  /** The options of instance {@code number} (1-based): the leaks only for the leaking ones. */
  public ShopOptions forInstance(int number) {
    return new ShopOptions(
        number <= leakingInstances ? leaks : List.of(),
        leakAmplify,
        cartTtl,
        ordersKept,
        maxHeap,
        1,
        1);
  }

  /** The analyzer's name of instance {@code number} (1-based): {@code shop-N}. */
  public static String instanceName(int number) {
    return "shop-" + number;
  }
}
