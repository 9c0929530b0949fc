package dev.leakhunt.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakhunt.shop.http.ConnectionLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Property test of the HTTP API and the raw byte stream against a real shop on loopback: whatever
 * the bytes, each connection gets at least one well-formed HTTP answer, never a 5xx except the 501
 * RFC 9112 asks for an unsupported transfer coding, every error is the JSON error body, and
 * afterwards the shop still serves, its invariants hold, its direct memory is back and its log
 * holds no stack trace.
 *
 * <p>Reproducible: case {@code i} is generated from {@code new Random(seed + i)}. The seed is fixed
 * ({@value #DEFAULT_SEED}) so CI runs the same cases every time; {@code -Dshop.fuzz.seed=S}
 * explores others, {@code -Dshop.fuzz.cases=N} runs more, {@code -Dshop.fuzz.case=I} replays one. A
 * failure prints the seed, the case and its bytes. {@link #REGRESSIONS} keeps the inputs that once
 * broke the shop.
 */
class HttpFuzzIT {
  static final long DEFAULT_SEED = 20261130L;
  private static final int DEFAULT_CASES = 400;
  private static final int THREADS = 16;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Requests that broke the shop before issue 14: no answer, a 500 or a stack trace. */
  static final List<String> REGRESSIONS =
      List.of(
          "GET /products/%zz HTTP/1.1\r\nHost: shop\r\n\r\n",
          "GET /products/% HTTP/1.1\r\nHost: shop\r\n\r\n",
          "GET /carts/%u2215 HTTP/1.1\r\nHost: shop\r\n\r\n",
          "GET /products?page=%zz HTTP/1.1\r\nHost: shop\r\n\r\n",
          "POST /carts HTTP/1.1\r\nHost: shop\r\nContent-Type: application/json\r\n"
              + "Content-Length: 10000000\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n",
          "GET /health HTTP/1.1\r\nConnection: close\r\n\r\n",
          "POST /carts HTTP/1.1\r\nHost: shop\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
          "GET /products/+5 HTTP/1.1\r\nHost: shop\r\nConnection: close\r\n\r\n");

  @Test
  void anyBytesGetAWellFormedNonServerErrorAnswerAndLeaveTheShopIntact() throws Exception {
    long seed = Long.getLong("shop.fuzz.seed", DEFAULT_SEED);
    int cases = Integer.getInteger("shop.fuzz.cases", DEFAULT_CASES);
    Integer onlyCase = Integer.getInteger("shop.fuzz.case");
    System.out.printf(
        "fuzz: seed %d, %d cases (replay one with -Dshop.fuzz.seed=%d -Dshop.fuzz.case=I)%n",
        seed, cases, seed);
    ConnectionLimits limits =
        new ConnectionLimits(
            1000, Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(5));
    try (LogCapture log = LogCapture.install();
        RunningShop shop =
            RunningShop.start(ShopConfig.loopbackDefaults().withConnections(limits))) {
      List<String> carts = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        carts.add(shop.client().newCart());
      }
      long baselineDirectBytes = ResourceProbes.nettyUsedDirectBytes();
      HttpRequestFuzzer fuzzer = new HttpRequestFuzzer(carts);
      Queue<String> failures = new ConcurrentLinkedQueue<>();
      long start = System.nanoTime();

      for (String regression : REGRESSIONS) {
        check(shop, "regression", regression.getBytes(StandardCharsets.ISO_8859_1), failures);
      }
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      IntStream range = onlyCase == null ? IntStream.range(0, cases) : IntStream.of(onlyCase);
      range.forEach(
          i ->
              pool.execute(
                  () -> {
                    byte[] request = fuzzer.request(new Random(seed + i));
                    check(shop, "seed " + seed + " case " + i, request, failures);
                  }));
      pool.shutdown();
      assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
      System.out.printf(
          "fuzz: %d cases in %d ms, %s%n",
          cases + REGRESSIONS.size(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
          shop.client().stats().get("requestsByStatus"));

      assertThat(failures).as("failed cases").isEmpty();
      JsonNode stats = shop.client().stats();
      assertThat(shop.client().get("/health").status()).isEqualTo(200);
      assertThat(stats.get("negativeStockProducts").asInt()).isZero();
      assertThat(stats.get("stockRemaining").asLong())
          .isEqualTo(stats.get("initialStock").asLong() - stats.get("unitsSold").asLong());
      assertThat(stats.get("ordersPlaced").asLong())
          .isEqualTo(
              stats.get("checkoutsSucceeded").asLong() - stats.get("checkoutsReplayed").asLong());
      assertThat(stats.get("requestsByStatus").fieldNames())
          .toIterable()
          .allMatch(status -> !status.startsWith("5") || status.equals("501"));
      assertThat(log.withStackTraces()).isEmpty();
      await("Netty's direct memory back within 1 MiB of its baseline")
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> ResourceProbes.nettyUsedDirectBytes() <= baselineDirectBytes + 1024 * 1024);
      assertThat(ResourceProbes.nettyUsedDirectBytes())
          .isLessThanOrEqualTo(baselineDirectBytes + 1024 * 1024);
    }
  }

  /** Sends the bytes on a fresh connection and checks what comes back; failures are collected. */
  private static void check(RunningShop shop, String name, byte[] request, Queue<String> failures) {
    try (RawHttp connection = RawHttp.connect(shop.port(), Duration.ofSeconds(10))) {
      connection.send(request);
      RawHttp.Response response = connection.readFinal();
      String problem = problem(response);
      if (problem == null
          && "close".equalsIgnoreCase(response.header("Connection"))
          && !connection.closedByShop()) {
        problem = "said Connection: close but kept the connection open";
      }
      if (problem != null) {
        failures.add(describe(name, request, problem));
      }
    } catch (IOException | RuntimeException e) {
      failures.add(describe(name, request, "no well-formed answer: " + e));
    }
  }

  private static String problem(RawHttp.Response response) {
    int status = response.status();
    if (status >= 500 && status != 501) {
      return "server error " + status + ": " + response.body();
    }
    if (!"application/json; charset=utf-8".equals(response.header("Content-Type"))) {
      return "status " + status + " without the JSON content type";
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      return "status " + status + " with a body that is not JSON: " + response.body();
    }
    if (status >= 400 && body.path("status").asInt() != status) {
      return "error " + status + " without the error body: " + response.body();
    }
    return null;
  }

  private static String describe(String name, byte[] request, String problem) {
    String shown = new String(request, StandardCharsets.ISO_8859_1);
    if (shown.length() > 300) {
      shown = shown.substring(0, 300) + "...";
    }
    return name
        + ": "
        + problem
        + "\n  request: "
        + shown.replace("\r", "\\r").replace("\n", "\\n");
  }
}
