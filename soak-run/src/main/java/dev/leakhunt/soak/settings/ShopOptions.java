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
 */
public record ShopOptions(
    List<String> leaks, int leakAmplify, Duration cartTtl, int ordersKept, String maxHeap) {
  /** Copies the leak list. */
  public ShopOptions {
    leaks = List.copyOf(leaks);
  }
}
