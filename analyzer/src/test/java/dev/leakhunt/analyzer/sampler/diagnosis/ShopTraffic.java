package dev.leakhunt.analyzer.sampler.diagnosis;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Bounded shopper journeys against a loopback shop: each call runs a fixed number of journeys on
 * four threads and returns; a non-2xx answer fails the test.
 */
public final class ShopTraffic {
  private static final int THREADS = 4;
  private static final int PRODUCTS = 500;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final String baseUrl;
  // Spreads orders over the catalog across calls, so that no product runs out of stock.
  private final AtomicInteger nextProduct = new AtomicInteger();

  public ShopTraffic(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Views {@code count} product pages. */
  public void viewProducts(int count) throws Exception {
    run(count, i -> send("GET", "/products/" + (i % PRODUCTS + 1), null, null));
  }

  /** Creates {@code count} carts with one line each and walks away from them. */
  public void abandonCarts(int count) throws Exception {
    run(count, i -> addLine(createCart(), i));
  }

  /** Places {@code count} orders and reads each back with its receipt. */
  public void placeOrders(int count) throws Exception {
    run(
        count,
        i -> {
          String cartId = createCart();
          addLine(cartId, nextProduct.getAndIncrement());
          String orderId =
              field(
                  send("POST", "/checkout", "{\"cartId\":\"" + cartId + "\"}", "key-" + cartId),
                  "id");
          send("GET", "/orders/" + orderId, null, null);
        });
  }

  /** Sends {@code count} checkouts of an unknown cart, each refused with 404. */
  public void refuseCheckouts(int count) throws Exception {
    run(
        count,
        i -> {
          try {
            send("POST", "/checkout", "{\"cartId\":\"no-such-cart\"}", "refused-" + i);
            throw new IllegalStateException("a checkout of an unknown cart was accepted");
          } catch (RefusedException expected) {
            // The shop answered 4xx: the refusal path ran.
          }
        });
  }

  private String createCart() {
    return field(send("POST", "/carts", "{}", null), "id");
  }

  private void addLine(String cartId, int i) {
    send(
        "POST",
        "/carts/" + cartId + "/items",
        "{\"productId\":" + (i % PRODUCTS + 1) + ",\"quantity\":1}",
        null);
  }

  private String field(String body, String name) {
    try {
      return json.readTree(body).path(name).asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String send(String method, String path, String body, String idempotencyKey) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 == 4) {
        throw new RefusedException(
            method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A 4xx answer: the shop refused the request. */
  private static final class RefusedException extends IllegalStateException {
    RefusedException(String message) {
      super(message);
    }
  }

  private static void run(int count, IntConsumer journey) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = first; i < count; i += THREADS) {
                    journey.accept(i);
                  }
                }));
      }
      for (Future<?> future : futures) {
        future.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
