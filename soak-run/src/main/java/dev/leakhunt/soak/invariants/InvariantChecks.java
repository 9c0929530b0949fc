package dev.leakhunt.soak.invariants;

import dev.leakhunt.soak.verdict.CheckResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The shop's end-of-run invariants: the server's counters agree with themselves and with what the
 * shoppers saw. A checkout that got no valid answer may or may not have placed an order, so such
 * checkouts widen the comparison by exactly their number and no more.
 */
public final class InvariantChecks {
  /** Suite name in reports and JUnit XML. */
  public static final String SUITE = "invariants";

  private InvariantChecks() {}

  /**
   * Every invariant, in a fixed order.
   *
   * @param load what the shoppers saw, or null when the simulation wrote no summary (the checks
   *     against it are then skipped)
   */
  public static List<CheckResult> check(ShopStats shop, LoadSummary load) {
    List<CheckResult> results = new ArrayList<>();
    results.add(
        CheckResult.of(
            SUITE,
            "stock-never-negative",
            shop.negativeStockProducts() == 0,
            shop.negativeStockProducts() + " products with negative stock (must be 0)"));
    long expectedRemaining = shop.initialStock() - shop.unitsSold();
    results.add(
        CheckResult.of(
            SUITE,
            "stock-conserved",
            shop.stockRemaining() == expectedRemaining,
            "stock remaining "
                + shop.stockRemaining()
                + ", initial "
                + shop.initialStock()
                + " - sold "
                + shop.unitsSold()
                + " = "
                + expectedRemaining));
    long uniqueCheckouts = shop.checkoutsSucceeded() - shop.checkoutsReplayed();
    results.add(
        CheckResult.of(
            SUITE,
            "no-duplicate-orders",
            shop.ordersPlaced() == uniqueCheckouts,
            "shop placed "
                + shop.ordersPlaced()
                + " orders for "
                + shop.checkoutsSucceeded()
                + " successful checkouts of which "
                + shop.checkoutsReplayed()
                + " were same-key retries (expected "
                + uniqueCheckouts
                + ")"));
    if (load == null) {
      String reason = "the simulation wrote no run summary (did Gatling finish?)";
      results.add(CheckResult.skipped(SUITE, "orders-match-checkouts", reason));
      results.add(CheckResult.skipped(SUITE, "units-sold-match-carts", reason));
      results.add(CheckResult.skipped(SUITE, "retries-return-the-same-order", reason));
    } else {
      results.add(ordersMatchShoppers(shop, load));
      results.add(unitsMatchShoppers(shop, load));
      results.add(retriesReturnTheSameOrder(shop, load));
    }
    results.add(
        CheckResult.of(
            SUITE,
            "no-server-errors",
            shop.serverErrors() == 0,
            shop.serverErrors() + " responses with a 5xx status " + shop.requestsByStatus()));
    return List.copyOf(results);
  }

  private static CheckResult retriesReturnTheSameOrder(ShopStats shop, LoadSummary load) {
    return CheckResult.of(
        SUITE,
        "retries-return-the-same-order",
        load.checkoutRetriesFailed() == 0
            && shop.checkoutsReplayed() >= load.checkoutRetriesSameOrder(),
        load.checkoutRetriesSameOrder()
            + " same-key retries answered with the same order, "
            + load.checkoutRetriesFailed()
            + " otherwise; shop counted "
            + shop.checkoutsReplayed()
            + " replays");
  }

  private static CheckResult ordersMatchShoppers(ShopStats shop, LoadSummary load) {
    long low = load.checkoutsPlaced();
    long high = low + load.checkoutsFailed();
    return CheckResult.of(
        SUITE,
        "orders-match-checkouts",
        shop.ordersPlaced() >= low && shop.ordersPlaced() <= high,
        "shop placed "
            + shop.ordersPlaced()
            + " orders, shoppers saw "
            + load.checkoutsPlaced()
            + " checkouts succeed and "
            + load.checkoutsFailed()
            + " go unanswered (allowed "
            + (low == high ? Long.toString(low) : low + ".." + high)
            + ")");
  }

  private static CheckResult unitsMatchShoppers(ShopStats shop, LoadSummary load) {
    boolean exact = load.checkoutsFailed() == 0;
    boolean holds =
        exact ? shop.unitsSold() == load.unitsOrdered() : shop.unitsSold() >= load.unitsOrdered();
    return CheckResult.of(
        SUITE,
        "units-sold-match-carts",
        holds,
        "shop sold "
            + shop.unitsSold()
            + " units, shoppers' carts held "
            + load.unitsOrdered()
            + " units at successful checkouts"
            + (exact ? "" : " (at least, with " + load.checkoutsFailed() + " unanswered)"));
  }
}
