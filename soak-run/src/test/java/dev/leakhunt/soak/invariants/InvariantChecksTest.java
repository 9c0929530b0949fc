package dev.leakhunt.soak.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.soak.verdict.CheckResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InvariantChecksTest {
  /** Real /stats of the shop after a 15 s smoke run. */
  private static final String REAL_STATS =
      "{\"ordersPlaced\":20,\"unitsSold\":66,\"stockRemaining\":1099914,\"initialStock\":1099980,"
          + "\"negativeStockProducts\":0,\"cartsLive\":29,\"checkoutsSucceeded\":25,"
          + "\"checkoutsReplayed\":5,\"checkoutsOutOfStock\":0,\"ordersRetained\":20,"
          + "\"products\":10000,\"requestsByStatus\":{\"200\":518,\"201\":69},\"leaks\":[],"
          + "\"leakAmplify\":1}";

  private static final LoadSummary SHOPPERS_OF_THAT_RUN =
      new LoadSummary(20, 66, 0, 0, 5, 0, 49, 29);

  private static Map<String, CheckResult> byName(List<CheckResult> checks) {
    return checks.stream().collect(Collectors.toMap(CheckResult::name, check -> check));
  }

  @Test
  void consistentRunHoldsEveryInvariant() throws IOException {
    List<CheckResult> checks =
        InvariantChecks.check(ShopStats.parse(REAL_STATS), SHOPPERS_OF_THAT_RUN);

    assertThat(checks)
        .extracting(CheckResult::name)
        .containsExactly(
            "stock-never-negative",
            "stock-conserved",
            "no-duplicate-orders",
            "orders-match-checkouts",
            "units-sold-match-carts",
            "retries-return-the-same-order",
            "no-server-errors");
    assertThat(checks).noneMatch(CheckResult::failed);
    assertThat(byName(checks).get("orders-match-checkouts").message())
        .isEqualTo(
            "shop placed 20 orders, shoppers saw 20 checkouts succeed and 0 go unanswered"
                + " (allowed 20)");
  }

  @Test
  void lostOrderFailsOrdersMatchCheckouts() throws IOException {
    LoadSummary sawMore = new LoadSummary(21, 66, 0, 0, 5, 0, 49, 29);

    Map<String, CheckResult> checks =
        byName(InvariantChecks.check(ShopStats.parse(REAL_STATS), sawMore));

    assertThat(checks.get("orders-match-checkouts").failed()).isTrue();
  }

  @Test
  void unansweredCheckoutsWidenTheOrderRangeByTheirNumber() throws IOException {
    LoadSummary twoUnanswered = new LoadSummary(18, 60, 0, 2, 5, 0, 49, 29);
    LoadSummary oneUnanswered = new LoadSummary(18, 60, 0, 1, 5, 0, 49, 29);

    assertThat(
            byName(InvariantChecks.check(ShopStats.parse(REAL_STATS), twoUnanswered))
                .get("orders-match-checkouts")
                .failed())
        .isFalse();
    assertThat(
            byName(InvariantChecks.check(ShopStats.parse(REAL_STATS), oneUnanswered))
                .get("orders-match-checkouts")
                .failed())
        .isTrue();
  }

  @Test
  void negativeStockDuplicatesAndServerErrorsEachFailTheirCheck() throws IOException {
    String broken =
        REAL_STATS
            .replace("\"negativeStockProducts\":0", "\"negativeStockProducts\":3")
            .replace("\"ordersPlaced\":20", "\"ordersPlaced\":21")
            .replace("\"201\":69}", "\"201\":69,\"500\":4}");

    Map<String, CheckResult> checks =
        byName(InvariantChecks.check(ShopStats.parse(broken), SHOPPERS_OF_THAT_RUN));

    assertThat(checks.get("stock-never-negative").failed()).isTrue();
    assertThat(checks.get("no-duplicate-orders").failed()).isTrue();
    assertThat(checks.get("no-server-errors").failed()).isTrue();
    assertThat(checks.get("no-server-errors").message())
        .startsWith("4 responses with a 5xx status");
    assertThat(checks.get("stock-conserved").failed()).isFalse();
  }

  @Test
  void unitsSoldDifferentFromCartsFails() throws IOException {
    LoadSummary fewerUnits = new LoadSummary(20, 65, 0, 0, 5, 0, 49, 29);

    assertThat(
            byName(InvariantChecks.check(ShopStats.parse(REAL_STATS), fewerUnits))
                .get("units-sold-match-carts")
                .failed())
        .isTrue();
  }

  @Test
  void missingShopperSummarySkipsTheComparisonsOnly() throws IOException {
    List<CheckResult> checks = InvariantChecks.check(ShopStats.parse(REAL_STATS), null);

    assertThat(checks)
        .filteredOn(check -> check.status() == CheckResult.Status.SKIPPED)
        .extracting(CheckResult::name)
        .containsExactly(
            "orders-match-checkouts", "units-sold-match-carts", "retries-return-the-same-order");
    assertThat(checks).hasSize(7).noneMatch(CheckResult::failed);
  }
}
