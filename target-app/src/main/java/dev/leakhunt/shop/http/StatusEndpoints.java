package dev.leakhunt.shop.http;

import dev.leakhunt.shop.Shop;
import java.util.List;
import java.util.Map;

/** {@code GET /health} and {@code GET /stats}: what a soak checks its invariants against. */
final class StatusEndpoints {
  private final Shop shop;

  StatusEndpoints(Shop shop) {
    this.shop = shop;
  }

  record Health(String status) {}

  /**
   * The counters of {@code GET /stats}; invariants: {@code negativeStockProducts == 0}, {@code
   * stockRemaining == initialStock - unitsSold}, {@code ordersPlaced == checkoutsSucceeded -
   * checkoutsReplayed}.
   */
  record Stats(
      long ordersPlaced,
      long unitsSold,
      long stockRemaining,
      long initialStock,
      int negativeStockProducts,
      int cartsLive,
      long checkoutsSucceeded,
      long checkoutsReplayed,
      long checkoutsOutOfStock,
      int ordersRetained,
      int products,
      Map<String, Long> requestsByStatus,
      List<String> leaks,
      int leakAmplify) {}

  ApiResponse health(ApiRequest request) {
    return ApiResponse.ok(new Health("UP"));
  }

  ApiResponse stats(ApiRequest request) {
    return ApiResponse.ok(
        new Stats(
            shop.checkout().ordersPlaced(),
            shop.checkout().unitsSold(),
            shop.inventory().unitsRemaining(),
            shop.inventory().initialUnits(),
            shop.inventory().negativeStockProducts(),
            shop.carts().size(),
            shop.checkout().checkoutsSucceeded(),
            shop.checkout().checkoutsReplayed(),
            shop.checkout().checkoutsOutOfStock(),
            shop.orders().size(),
            shop.catalog().size(),
            shop.requestCounters().snapshot(),
            shop.leaks().settings().cliNames(),
            shop.leaks().settings().amplify()));
  }
}
