package dev.leakhunt.simulations.chains;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.leakhunt.simulations.feeders.ShopFeeders;
import dev.leakhunt.simulations.latency.TimedRequests;
import dev.leakhunt.simulations.requests.CartRequests;
import dev.leakhunt.simulations.requests.CatalogRequests;
import dev.leakhunt.simulations.requests.CheckoutRequests;
import dev.leakhunt.simulations.summary.RunCounters;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The shopper's journey as the shop sees it: land on the menu, page through a category or two, look
 * at a product; some visitors leave there, the others fill a cart (sometimes changing their mind on
 * a line) and then either pay or walk away from the cart, as most real shoppers do. Buyers
 * sometimes resend their checkout with the same Idempotency-Key, as a client does after a timeout.
 */
public final class ShopperJourneys {
  /** Share of buyers who resend their checkout with the same key. */
  private static final double RETRY_PERCENT = 10.0;

  /** Share of buyers with two or more lines who remove one before deciding. */
  private static final int REMOVE_LINE_PERCENT = 30;

  private final ShopFeeders feeders;
  private final CartSession cartSession;
  private final RunCounters counters;
  private final TimedRequests timing;
  private final Duration meanThinkTime;
  private final double browseOnlyPercent;
  private final double abandonPercent;

  /**
   * Journeys drawing choices from {@code feeders}, counting outcomes in {@code counters} and timing
   * every request with {@code timing}.
   *
   * @param meanThinkTime mean pause between steps; each pause is uniform in 0.5x..1.5x of it
   * @param browseOnlyPercent share of visitors who never create a cart, 0..100
   * @param abandonPercent share of created carts never checked out, 0..100
   */
  public ShopperJourneys(
      ShopFeeders feeders,
      RunCounters counters,
      TimedRequests timing,
      Duration meanThinkTime,
      double browseOnlyPercent,
      double abandonPercent) {
    this.feeders = feeders;
    this.counters = counters;
    this.timing = timing;
    this.cartSession = new CartSession(counters);
    this.meanThinkTime = meanThinkTime;
    this.browseOnlyPercent = browseOnlyPercent;
    this.abandonPercent = abandonPercent;
  }

  /** One visitor, from landing to leaving. */
  public ScenarioBuilder shopper() {
    return scenario("Shopper")
        .exec(
            session -> {
              counters.shopperArrived();
              return session;
            })
        .exec(browseCatalog())
        .randomSwitch()
        .on(percent(100.0 - browseOnlyPercent).then(exec(fillCart(), decide())));
  }

  /** Menu, one to three listing pages, then one product from the last page. */
  ChainBuilder browseCatalog() {
    return exec(timing.timed(CatalogRequests.listCategories()))
        .exec(think())
        .repeat(session -> ThreadLocalRandom.current().nextInt(1, 4))
        .on(
            feed(feeders.categoryPages())
                .exec(timing.timed(CatalogRequests.browseCategoryPage(ShopFeeders.PAGE_SIZE)))
                .exec(think()))
        .exitHereIfFailed()
        .exec(timing.timed(CatalogRequests.viewProduct()))
        .exec(think());
  }

  /** Create a cart, add one to four lines, sometimes remove one, look at the cart. */
  ChainBuilder fillCart() {
    return exec(timing.timed(CartRequests.createCart()))
        .exitHereIfFailed()
        .exec(cartSession::opened)
        .repeat(session -> ThreadLocalRandom.current().nextInt(1, 5))
        .on(
            feed(feeders.cartLines())
                .exec(timing.timed(CartRequests.addItem()))
                .exitHereIfFailed()
                .exec(cartSession::lineAdded)
                .exec(think()))
        .doIf(
            session ->
                cartSession.lineCount(session) >= 2
                    && ThreadLocalRandom.current().nextInt(100) < REMOVE_LINE_PERCENT)
        .then(
            exec(cartSession::pickLineToRemove)
                .exec(timing.timed(CartRequests.removeItem()))
                .exitHereIfFailed()
                .exec(cartSession::lineRemoved))
        .exec(timing.timed(CartRequests.viewCart()))
        .exitHereIfFailed()
        .exec(think());
  }

  /** Pay, or walk away leaving the cart to the shop's eviction. */
  ChainBuilder decide() {
    return randomSwitch()
        .on(
            percent(abandonPercent).then(exec(cartSession::abandoned)),
            percent(100.0 - abandonPercent).then(checkout()));
  }

  /** Checkout with a fresh Idempotency-Key; on success view the order, sometimes retry. */
  ChainBuilder checkout() {
    return feed(ShopFeeders.idempotencyKeys())
        .exec(timing.timed(CheckoutRequests.checkout()))
        .exec(cartSession::checkoutAnswered)
        .doIf(session -> session.contains("orderId"))
        .then(
            exec(think())
                .exec(timing.timed(CheckoutRequests.viewOrder()))
                .randomSwitch()
                .on(
                    percent(RETRY_PERCENT)
                        .then(
                            exec(timing.timed(CheckoutRequests.retryCheckout()))
                                .exec(cartSession::retryAnswered))));
  }

  private ChainBuilder think() {
    if (meanThinkTime.isZero()) {
      return doIf(session -> false).then(exec(session -> session));
    }
    return exec(pause(meanThinkTime.dividedBy(2), meanThinkTime.multipliedBy(3).dividedBy(2)));
  }
}
