package dev.leakhunt.shop.leaks;

import dev.leakhunt.shop.cart.CartStore;

/**
 * The periodic cart eviction task, and the {@code abandoned-carts} bug.
 *
 * <p>The bug: the task reports each run to an eviction-metrics sink that was never configured, so
 * its first run throws. A {@link java.util.concurrent.ScheduledExecutorService} suppresses every
 * later run of a periodic task that threw, without logging anything: eviction silently stops and
 * every abandoned cart stays on the heap. {@code --leak-amplify N} multiplies the guest session
 * each cart carries (N KiB instead of 1 KiB), so each abandoned cart leaks N times more.
 */
public final class CartEvictionSchedule {
  /** Size of the guest session a cart carries at amplify 1, bytes. */
  public static final int GUEST_SESSION_BYTES = 1024;

  private final LeakSettings settings;

  /** Creates the schedule for these settings. */
  public CartEvictionSchedule(LeakSettings settings) {
    this.settings = settings;
  }

  /** Size of the guest session each new cart carries, bytes. */
  public int guestSessionBytes() {
    return GUEST_SESSION_BYTES * settings.amplify();
  }

  /** The task to run periodically; in the leaky shop it kills its own schedule on the first run. */
  public Runnable evictionTask(CartStore carts) {
    if (!settings.isOn(LeakScenario.ABANDONED_CARTS)) {
      return carts::evictIdle;
    }
    return () -> {
      EvictionMetricsSink unconfiguredSink = null;
      unconfiguredSink.reportRun(); // throws: the executor cancels the schedule without a word
      carts.evictIdle();
    };
  }

  /** Where eviction runs would be reported; never configured in the leaky shop. */
  interface EvictionMetricsSink {
    void reportRun();
  }
}
