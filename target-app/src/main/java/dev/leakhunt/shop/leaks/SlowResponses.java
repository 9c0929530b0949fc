package dev.leakhunt.shop.leaks;

/**
 * The {@code slow-product-pages} scenario: a deliberately slowed endpoint, the kind of regression a
 * comparison with last night's run must name. The answer is delayed on the event loop's timer, not
 * by blocking it, so only the slowed endpoint gets slower.
 */
public final class SlowResponses {
  /** Delay of a product page with the scenario on and no amplification, ms. */
  public static final long PRODUCT_PAGE_DELAY_MS = 20;

  /** The latency label of the slowed endpoint. */
  static final String PRODUCT_PAGE_LABEL = "products.get";

  private final long productPageDelayMs;

  public SlowResponses(LeakSettings settings) {
    this.productPageDelayMs =
        settings.isOn(LeakScenario.SLOW_PRODUCT_PAGES)
            ? PRODUCT_PAGE_DELAY_MS * settings.amplify()
            : 0;
  }

  /** How late the answer of an endpoint (by latency label) is sent, ms; 0 for on time. */
  public long delayMs(String endpointLabel) {
    return PRODUCT_PAGE_LABEL.equals(endpointLabel) ? productPageDelayMs : 0;
  }
}
