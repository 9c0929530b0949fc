package dev.leakhunt.shop.leaks;

/**
 * The shop parts that carry a leak scenario, built for one set of {@link LeakSettings}; each part
 * behaves cleanly unless its scenario is switched on.
 *
 * @param settings the switches these parts were built with
 * @param cartEviction {@code abandoned-carts}
 * @param recentlyViewed {@code recently-viewed}
 * @param checkoutAudit {@code unreleased-buffers}
 * @param confirmationSender {@code stuck-threads}
 * @param receiptRenderer {@code class-per-request}
 * @param productPageCache {@code bounded-cache}
 * @param receiptArchive {@code unclosed-gzip}
 */
public record LeakScenarios(
    LeakSettings settings,
    CartEvictionSchedule cartEviction,
    RecentlyViewedTracker recentlyViewed,
    CheckoutAuditLog checkoutAudit,
    OrderConfirmationSender confirmationSender,
    ReceiptRenderer receiptRenderer,
    ProductPageCache productPageCache,
    ReceiptArchive receiptArchive) {

  /** Builds every part for these settings over a catalog of {@code catalogSize} products. */
  public static LeakScenarios of(LeakSettings settings, int catalogSize) {
    return new LeakScenarios(
        settings,
        new CartEvictionSchedule(settings),
        new RecentlyViewedTracker(settings, catalogSize),
        new CheckoutAuditLog(settings),
        new OrderConfirmationSender(settings),
        new ReceiptRenderer(settings),
        new ProductPageCache(settings),
        new ReceiptArchive(settings));
  }
}
