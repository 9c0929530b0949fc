package dev.leakhunt.contract.shop;

import java.util.List;

/**
 * The names of the shop's leak scenarios as typed after {@code --leak} (the shop's and {@code
 * ./soak}'s): the shop's {@code LeakScenario} enum is checked against this list by a test, and the
 * soak run validates {@code --leak} with it without loading the shop's classes.
 */
public final class LeakScenarioNames {
  public static final String ABANDONED_CARTS = "abandoned-carts";
  public static final String RECENTLY_VIEWED = "recently-viewed";
  public static final String UNRELEASED_BUFFERS = "unreleased-buffers";
  public static final String STUCK_THREADS = "stuck-threads";
  public static final String CLASS_PER_REQUEST = "class-per-request";
  public static final String UNCLOSED_GZIP = "unclosed-gzip";

  /** Negative control: a cache that fills to a cap, then stays flat. */
  public static final String BOUNDED_CACHE = "bounded-cache";

  /** Not a leak: a latency regression, for comparisons across runs. */
  public static final String SLOW_PRODUCT_PAGES = "slow-product-pages";

  /** Every scenario, in the order the shop lists them. */
  public static final List<String> ALL =
      List.of(
          ABANDONED_CARTS,
          RECENTLY_VIEWED,
          UNRELEASED_BUFFERS,
          STUCK_THREADS,
          CLASS_PER_REQUEST,
          UNCLOSED_GZIP,
          BOUNDED_CACHE,
          SLOW_PRODUCT_PAGES);

  private LeakScenarioNames() {}
}
