package dev.leakhunt.soak.invariants;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The shop's {@code GET /stats} counters that the end-of-run invariants compare.
 *
 * @param ordersPlaced orders created (each Idempotency-Key once)
 * @param unitsSold units in those orders
 * @param stockRemaining units left in stock over all products
 * @param initialStock units in stock at start
 * @param negativeStockProducts products whose stock went below zero (must be 0)
 * @param cartsLive carts currently held
 * @param checkoutsSucceeded checkout answers 201 or 200 (replays included)
 * @param checkoutsReplayed checkouts answered from an earlier order with the same key
 * @param checkoutsOutOfStock checkouts refused for stock (409)
 * @param requestsByStatus requests per HTTP status code
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShopStats(
    long ordersPlaced,
    long unitsSold,
    long stockRemaining,
    long initialStock,
    long negativeStockProducts,
    long cartsLive,
    long checkoutsSucceeded,
    long checkoutsReplayed,
    long checkoutsOutOfStock,
    Map<String, Long> requestsByStatus) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Copies the status map. */
  public ShopStats {
    requestsByStatus = requestsByStatus == null ? Map.of() : Map.copyOf(requestsByStatus);
  }

  /** Requests answered with a 5xx status. */
  public long serverErrors() {
    return requestsByStatus.entrySet().stream()
        .filter(entry -> entry.getKey().startsWith("5"))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /**
   * The counters of several instances added up: each shopper stays on one instance, so the sums
   * answer to what all shoppers saw.
   *
   * @param instances at least one
   */
  public static ShopStats sum(List<ShopStats> instances) {
    if (instances.size() == 1) {
      return instances.get(0);
    }
    Map<String, Long> byStatus = new java.util.TreeMap<>();
    instances.forEach(s -> s.requestsByStatus().forEach((k, v) -> byStatus.merge(k, v, Long::sum)));
    return new ShopStats(
        instances.stream().mapToLong(ShopStats::ordersPlaced).sum(),
        instances.stream().mapToLong(ShopStats::unitsSold).sum(),
        instances.stream().mapToLong(ShopStats::stockRemaining).sum(),
        instances.stream().mapToLong(ShopStats::initialStock).sum(),
        instances.stream().mapToLong(ShopStats::negativeStockProducts).sum(),
        instances.stream().mapToLong(ShopStats::cartsLive).sum(),
        instances.stream().mapToLong(ShopStats::checkoutsSucceeded).sum(),
        instances.stream().mapToLong(ShopStats::checkoutsReplayed).sum(),
        instances.stream().mapToLong(ShopStats::checkoutsOutOfStock).sum(),
        byStatus);
  }

  /** Parses the JSON of {@code GET /stats}. */
  public static ShopStats parse(String json) throws IOException {
    return JSON.readValue(json, ShopStats.class);
  }

  /**
   * Reads the body of {@code baseUrl/stats}.
   *
   * @throws IOException naming the URL when it does not answer 200
   */
  public static String fetchBody(String baseUrl) throws IOException, InterruptedException {
    String url = baseUrl + "/stats";
    HttpResponse<String> response =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + url + " answered " + response.statusCode() + ", expected 200");
    }
    return response.body();
  }
}
