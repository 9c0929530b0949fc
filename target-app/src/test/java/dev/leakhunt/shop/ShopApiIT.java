package dev.leakhunt.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.shop.ShopClient.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint of a real shop on a loopback port, driven over HTTP, answers as documented. */
class ShopApiIT {
  private static RunningShop shop;
  private static ShopClient client;

  @BeforeAll
  static void startShop() throws Exception {
    shop =
        RunningShop.start(
            ShopConfig.loopbackDefaults().withLatencyInterval(Duration.ofMillis(200)));
    client = shop.client();
  }

  @AfterAll
  static void stopShop() throws Exception {
    shop.close();
  }

  @Test
  void healthSaysUp() {
    Reply reply = client.get("/health");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("status").asText()).isEqualTo("UP");
    assertThat(reply.header("Content-Type")).hasValue("application/json; charset=utf-8");
  }

  @Test
  void categoriesListsTheTwentyGeneratedCategories() {
    Reply reply = client.get("/categories");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().size()).isEqualTo(20);
    assertThat(reply.json().get(0).asText()).isEqualTo("books");
  }

  @Test
  void productIsTheDeterministicCatalogEntry() {
    Reply reply = client.get("/products/42");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode product = reply.json();
    assertThat(product.get("id").asLong()).isEqualTo(42);
    assertThat(product.get("category").asText()).isEqualTo("music"); // category (42 - 1) % 20 = 1
    assertThat(product.get("priceCents").asLong()).isEqualTo(199 + (42L * 7919) % 49_800);
    assertThat(product.get("stock").asInt()).isEqualTo(20 + (42 * 31) % 181);
  }

  @Test
  void productListingPagesThroughTheWholeCatalog() {
    Reply reply = client.get("/products?page=3&size=7");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("totalItems").asLong()).isEqualTo(10_000);
    assertThat(reply.json().get("items").size()).isEqualTo(7);
    assertThat(reply.json().get("items").get(0).get("id").asLong()).isEqualTo(15);
  }

  @Test
  void categoryListingHoldsOnlyThatCategory() {
    Reply reply = client.get("/products?category=books&page=1&size=100");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("totalItems").asLong()).isEqualTo(500);
    List<String> categories = new ArrayList<>();
    reply.json().get("items").forEach(item -> categories.add(item.get("category").asText()));
    assertThat(categories).hasSize(100).containsOnly("books");
  }

  @Test
  void pagePastTheEndIsEmpty() {
    Reply reply = client.get("/products?page=1001&size=10");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("items").size()).isZero();
  }

  @Test
  void cartKeepsAddedAndRemovedLines() {
    String cartId = client.newCart();

    assertThat(client.addItem(cartId, 7, 2).status()).isEqualTo(200);
    assertThat(client.addItem(cartId, 7, 3).status()).isEqualTo(200);
    Reply withTwoLines = client.addItem(cartId, 9, 1);
    Reply afterRemove = client.delete("/carts/" + cartId + "/items/9");
    Reply fetched = client.get("/carts/" + cartId);

    assertThat(withTwoLines.json().get("lines").size()).isEqualTo(2);
    assertThat(afterRemove.status()).isEqualTo(200);
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.json().get("lines").size()).isEqualTo(1);
    assertThat(fetched.json().get("lines").get(0).get("productId").asLong()).isEqualTo(7);
    assertThat(fetched.json().get("lines").get(0).get("quantity").asInt()).isEqualTo(5);
  }

  @Test
  void checkoutPlacesOrderReservesStockAndClosesCart() {
    int stockBefore = client.get("/products/11").json().get("stock").asInt();
    String cartId = client.newCart();
    client.addItem(cartId, 11, 3);

    Reply placed = client.checkout(cartId, "api-it-" + cartId);
    Reply order = client.get("/orders/" + placed.json().get("id").asText());

    assertThat(placed.status()).isEqualTo(201);
    assertThat(placed.json().get("units").asInt()).isEqualTo(3);
    long unitPrice = 199 + (11L * 7919) % 49_800;
    assertThat(placed.json().get("totalCents").asLong()).isEqualTo(3 * unitPrice);
    assertThat(client.get("/products/11").json().get("stock").asInt()).isEqualTo(stockBefore - 3);
    assertThat(client.get("/carts/" + cartId).status()).isEqualTo(404);
    assertThat(order.status()).isEqualTo(200);
    assertThat(order.json().get("cartId").asText()).isEqualTo(cartId);
    assertThat(order.json().get("receipt").asText())
        .startsWith("Receipt #")
        .contains("for order " + placed.json().get("id").asText() + ": 3 units");
  }

  @Test
  void checkoutRetriedWithSameKeyReturnsTheSameOrder() {
    String cartId = client.newCart();
    client.addItem(cartId, 12, 1);
    long ordersBefore = client.stats().get("ordersPlaced").asLong();

    Reply first = client.checkout(cartId, "retry-" + cartId);
    Reply second = client.checkout(cartId, "retry-" + cartId);
    Reply third = client.checkout(cartId, "retry-" + cartId);

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(200);
    assertThat(third.status()).isEqualTo(200);
    assertThat(second.json()).isEqualTo(first.json());
    assertThat(third.json()).isEqualTo(first.json());
    assertThat(client.stats().get("ordersPlaced").asLong()).isEqualTo(ordersBefore + 1);
  }

  @Test
  void statsCountRequestsByStatusAndKeepStockInvariant() {
    client.get("/no-such-path");
    JsonNode stats = client.stats();

    assertThat(stats.get("negativeStockProducts").asInt()).isZero();
    assertThat(stats.get("stockRemaining").asLong())
        .isEqualTo(stats.get("initialStock").asLong() - stats.get("unitsSold").asLong());
    assertThat(stats.get("ordersPlaced").asLong())
        .isEqualTo(
            stats.get("checkoutsSucceeded").asLong() - stats.get("checkoutsReplayed").asLong());
    assertThat(stats.get("requestsByStatus").get("404").asLong()).isPositive();
    assertThat(stats.get("leaks").size()).isZero();
    assertThat(stats.has("cartsLive")).isTrue();
  }

  @Test
  void latencyMBeanCountsEachEndpointsRequests() throws Exception {
    for (int i = 0; i < 25; i++) {
      assertThat(client.get("/categories").status()).isEqualTo(200);
    }
    String name = "dev.leakhunt.shop:type=Latency,endpoint=categories";
    await("25 categories requests counted")
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> (Long) ResourceProbes.shopAttribute(name, "TotalCount") >= 25);

    assertThat((Long) ResourceProbes.shopAttribute(name, "TotalCount")).isGreaterThanOrEqualTo(25);
    long p50 = (Long) ResourceProbes.shopAttribute(name, "TotalP50Micros");
    long max = (Long) ResourceProbes.shopAttribute(name, "TotalMaxMicros");
    assertThat(p50).isPositive().isLessThanOrEqualTo(max);
    assertThat((Long) ResourceProbes.shopAttribute(name, "TotalP999Micros"))
        .isBetween(p50, max + max / 1000 + 1);
  }
}
