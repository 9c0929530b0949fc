package dev.leakhunt.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.shop.ShopClient.Reply;
import dev.leakhunt.shop.jmx.JmxSecurity;
import dev.leakhunt.shop.leaks.LeakSettings;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Many shoppers racing for scarce stock: stock never goes negative, every unit sold is accounted
 * for, and /stats agrees with what the clients saw.
 */
class CheckoutConcurrencyIT {
  private static final int THREADS = 8;
  private static final int CHECKOUTS = 2000;

  /** Products 1..5 hold 51 + 82 + 113 + 144 + 175 = 565 units: most checkouts must be refused. */
  private static final int PRODUCTS = 5;

  @Test
  void racingCheckoutsNeverOversellAndStatsMatchClients() throws Exception {
    ShopConfig config =
        new ShopConfig(
            "127.0.0.1",
            0,
            ShopConfig.JMX_OFF,
            LeakSettings.none(),
            Duration.ofMinutes(10),
            PRODUCTS,
            10_000,
            64 * 1024,
            Duration.ofSeconds(5),
            ShopConfig.loopbackDefaults().connections(),
            JmxSecurity.none());
    try (RunningShop shop = RunningShop.start(config)) {
      ShopClient client = shop.client();
      AtomicLong placed = new AtomicLong();
      AtomicLong unitsPlaced = new AtomicLong();
      AtomicLong refused = new AtomicLong();
      Set<Integer> unexpectedStatuses = ConcurrentHashMap.newKeySet();
      Set<String> orderIds = ConcurrentHashMap.newKeySet();

      Load.run(
          CHECKOUTS,
          THREADS,
          i -> {
            String cartId = client.newCart();
            // Two lines per cart, so a refusal must roll back the line already reserved.
            long first = i % PRODUCTS + 1;
            long second = (i * 7L + 3) % PRODUCTS + 1;
            client.addItem(cartId, first, 1 + i % 3);
            if (second != first) {
              client.addItem(cartId, second, 1);
            }
            Reply reply = client.checkout(cartId, "race-" + i);
            if (reply.status() == 201) {
              placed.incrementAndGet();
              unitsPlaced.addAndGet(reply.json().get("units").asLong());
              orderIds.add(reply.json().get("id").asText());
            } else if (reply.status() == 409
                && reply.message().startsWith("out of stock: product")) {
              refused.incrementAndGet();
            } else {
              unexpectedStatuses.add(reply.status());
            }
          });

      JsonNode stats = client.stats();
      assertThat(unexpectedStatuses).isEmpty();
      assertThat(placed.get() + refused.get()).isEqualTo(CHECKOUTS);
      assertThat(refused.get()).isGreaterThan(CHECKOUTS / 2);
      assertThat(orderIds).hasSize((int) placed.get());
      assertThat(stats.get("negativeStockProducts").asInt()).isZero();
      assertThat(stats.get("ordersPlaced").asLong()).isEqualTo(placed.get());
      assertThat(stats.get("checkoutsSucceeded").asLong()).isEqualTo(placed.get());
      assertThat(stats.get("unitsSold").asLong()).isEqualTo(unitsPlaced.get());
      assertThat(stats.get("initialStock").asLong()).isEqualTo(565);
      assertThat(stats.get("stockRemaining").asLong()).isEqualTo(565 - unitsPlaced.get());
      assertThat(stats.get("checkoutsOutOfStock").asLong()).isEqualTo(refused.get());
      long stockSum = 0;
      for (int id = 1; id <= PRODUCTS; id++) {
        int stock = client.get("/products/" + id).json().get("stock").asInt();
        assertThat(stock).isBetween(0, 175);
        stockSum += stock;
      }
      assertThat(stockSum).isEqualTo(stats.get("stockRemaining").asLong());
    }
  }

  @Test
  void concurrentRetriesWithOneKeyPlaceExactlyOneOrder() throws Exception {
    try (RunningShop shop = RunningShop.clean()) {
      ShopClient client = shop.client();
      for (int round = 0; round < 20; round++) {
        String cartId = client.newCart();
        client.addItem(cartId, 100 + round, 2);
        String key = "same-key-" + round;
        Set<String> orderIds = ConcurrentHashMap.newKeySet();
        AtomicLong created = new AtomicLong();
        AtomicLong replayed = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);

        Load.run(
            THREADS,
            THREADS,
            i -> {
              try {
                start.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              Reply reply = client.checkout(cartId, key);
              orderIds.add(reply.json().get("id").asText());
              (reply.status() == 201 ? created : replayed).incrementAndGet();
            },
            start::countDown);

        assertThat(created.get()).as("round %d", round).isEqualTo(1);
        assertThat(replayed.get()).isEqualTo(THREADS - 1);
        assertThat(orderIds).hasSize(1);
      }
      JsonNode stats = client.stats();
      assertThat(stats.get("ordersPlaced").asLong()).isEqualTo(20);
      assertThat(stats.get("unitsSold").asLong()).isEqualTo(40);
      assertThat(stats.get("checkoutsReplayed").asLong()).isEqualTo(20L * (THREADS - 1));
    }
  }
}
