package dev.leakhunt.analyzer.sampler.diagnosis;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * Bounded shopper journeys against a loopback shop: each call runs a fixed number of journeys on
 * four threads and returns; a non-2xx answer fails the test.
 *
 * <p>Apache HttpClient, not the JDK's: on JDK 17 the JDK's client sometimes closes a reused
 * connection whose answer came back fast (JDK-8338569), after the shop has served the request.
 */
public final class ShopTraffic implements AutoCloseable {
  private static final int THREADS = 4;
  private static final int PRODUCTS = 500;
  private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(5);
  private static final Timeout RESPONSE_TIMEOUT = Timeout.ofSeconds(10);
  private final CloseableHttpClient http =
      HttpClients.custom()
          .setConnectionManager(
              PoolingHttpClientConnectionManagerBuilder.create()
                  .setMaxConnPerRoute(THREADS)
                  .setMaxConnTotal(THREADS)
                  .setDefaultConnectionConfig(
                      ConnectionConfig.custom()
                          .setConnectTimeout(CONNECT_TIMEOUT)
                          .setSocketTimeout(RESPONSE_TIMEOUT)
                          .build())
                  .build())
          .setDefaultRequestConfig(
              RequestConfig.custom().setResponseTimeout(RESPONSE_TIMEOUT).build())
          .disableAutomaticRetries()
          .disableContentCompression()
          .build();
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
    ClassicRequestBuilder request = ClassicRequestBuilder.create(method).setUri(baseUrl + path);
    if (body != null) {
      request.setEntity(body, ContentType.APPLICATION_JSON);
    }
    if (idempotencyKey != null) {
      request.addHeader("Idempotency-Key", idempotencyKey);
    }
    try {
      return http.execute(
          request.build(),
          response -> {
            String answer =
                response.getEntity() == null
                    ? ""
                    : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            if (response.getCode() / 100 == 4) {
              throw new RefusedException(
                  method + " " + path + " answered " + response.getCode() + ": " + answer);
            }
            if (response.getCode() / 100 != 2) {
              throw new IllegalStateException(
                  method + " " + path + " answered " + response.getCode() + ": " + answer);
            }
            return answer;
          });
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    }
  }

  @Override
  public void close() throws IOException {
    http.close();
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
