package dev.leakhunt.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The edges a new user found lenient, each now answered as RFC 9112 and the API contract say, with
 * a JSON error body, in request order, no 5xx but the one RFC 9112 asks for (501), and no stack
 * trace in the log.
 */
class StrictHttpIT {
  private static final Duration READ = Duration.ofSeconds(10);
  private static RunningShop shop;
  private static LogCapture log;

  @BeforeAll
  static void startShop() throws Exception {
    log = LogCapture.install();
    shop = RunningShop.clean();
  }

  @AfterAll
  static void stopShop() throws Exception {
    shop.close();
    log.close();
  }

  @AfterEach
  void noStackTraces() {
    assertThat(shop.client().get("/health").status()).isEqualTo(200);
    assertThat(log.withStackTraces()).isEmpty();
  }

  private static RawHttp.Response exchange(String request) throws IOException {
    try (RawHttp connection = RawHttp.connect(shop.port(), READ)) {
      return connection.send(request).readFinal();
    }
  }

  private static String get(String target) {
    return "GET " + target + " HTTP/1.1\r\nHost: shop\r\n\r\n";
  }

  private static String postJson(String target, String contentType, String body) {
    return "POST "
        + target
        + " HTTP/1.1\r\nHost: shop\r\nContent-Type: "
        + contentType
        + "\r\nContent-Length: "
        + body.length()
        + "\r\n\r\n"
        + body;
  }

  @Test
  void badPercentEncodingInPathOrQueryIs400() throws Exception {
    for (String target : new String[] {"/products/%zz", "/products/%", "/carts/%u2215"}) {
      RawHttp.Response response = exchange(get(target));
      assertThat(response.status()).as(target).isEqualTo(400);
      assertThat(response.body()).as(target).contains("bad percent-encoding");
    }
    RawHttp.Response page = exchange(get("/products?page=%zz"));
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body()).contains("bad percent-encoding");
  }

  @Test
  void expectContinueWithTooLargeBodyGets413WithoutContinueAndStaysUsable() throws Exception {
    try (RawHttp connection = RawHttp.connect(shop.port(), READ)) {
      RawHttp.Response refused =
          connection
              .send(
                  "POST /carts HTTP/1.1\r\nHost: shop\r\nContent-Type: application/json\r\n"
                      + "Content-Length: 10000000\r\nExpect: 100-continue\r\n\r\n")
              .read();
      assertThat(refused.status()).isEqualTo(413); // not "100 Continue" first
      assertThat(refused.body()).contains("exceeds the limit of 65536 bytes");

      assertThat(connection.send(get("/health")).read().status()).isEqualTo(200);
    }
  }

  @Test
  void expectContinueWithAcceptableBodyGetsContinueThenTheAnswer() throws Exception {
    String cartId = shop.client().newCart();
    String body = "{\"productId\":1,\"quantity\":1}";
    try (RawHttp connection = RawHttp.connect(shop.port(), READ)) {
      connection.send(
          "POST /carts/"
              + cartId
              + "/items HTTP/1.1\r\nHost: shop\r\nContent-Type: application/json\r\n"
              + "Content-Length: "
              + body.length()
              + "\r\nExpect: 100-continue\r\n\r\n");
      assertThat(connection.read().status()).isEqualTo(100);
      assertThat(connection.send(body).read().status()).isEqualTo(200);
    }
  }

  @Test
  void unsupportedExpectationIs417() throws Exception {
    RawHttp.Response response =
        exchange("GET /health HTTP/1.1\r\nHost: shop\r\nExpect: teapot\r\n\r\n");
    assertThat(response.status()).isEqualTo(417);
  }

  @Test
  void http11WithoutHostOrWithTwoHostsIs400() throws Exception {
    RawHttp.Response none = exchange("GET /health HTTP/1.1\r\n\r\n");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.body()).contains("exactly one Host header (got 0");

    RawHttp.Response two = exchange("GET /health HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n");
    assertThat(two.status()).isEqualTo(400);

    assertThat(exchange("GET /health HTTP/1.0\r\n\r\n").status()).isEqualTo(200);
  }

  @Test
  void transferCodingOtherThanChunkedIs501AndCloses() throws Exception {
    try (RawHttp connection = RawHttp.connect(shop.port(), READ)) {
      RawHttp.Response response =
          connection
              .send(
                  "POST /carts HTTP/1.1\r\nHost: shop\r\nContent-Type: application/json\r\n"
                      + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n")
              .read();
      assertThat(response.status()).isEqualTo(501);
      assertThat(response.body()).contains("transfer coding 'gzip' is not supported");
      assertThat(response.header("Connection")).isEqualTo("close");
      assertThat(connection.closedByShop()).isTrue();
    }
  }

  @Test
  void onlyApplicationJsonIsJson() throws Exception {
    String cartId = shop.client().newCart();
    String items = "/carts/" + cartId + "/items";
    String line = "{\"productId\":1,\"quantity\":1}";
    assertThat(exchange(postJson(items, "application/jsonp", line)).status()).isEqualTo(415);
    assertThat(exchange(postJson(items, "application/json-patch+json", line)).status())
        .isEqualTo(415);
    assertThat(exchange(postJson(items, "application/json; charset=latin1", line)).status())
        .isEqualTo(415);
    assertThat(exchange(postJson(items, "Application/JSON; charset=\"UTF-8\"", line)).status())
        .isEqualTo(200);
  }

  @Test
  void trailingJsonOrDuplicateFieldsAre400AndChangeNothing() throws Exception {
    String cartId = shop.client().newCart();
    String items = "/carts/" + cartId + "/items";

    RawHttp.Response twoObjects =
        exchange(
            postJson(
                items,
                "application/json",
                "{\"productId\":1,\"quantity\":1}{\"productId\":2,\"quantity\":1}"));
    RawHttp.Response twice =
        exchange(postJson(items, "application/json", "{\"productId\":1,\"productId\":2}"));

    assertThat(twoObjects.status()).isEqualTo(400);
    assertThat(twoObjects.body()).contains("more content after the object");
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body()).contains("Duplicate field 'productId'");
    assertThat(shop.client().get("/carts/" + cartId).json().get("lines")).isEmpty();
  }

  @Test
  void onlyCanonicalIdsAndIntegers() throws Exception {
    assertThat(exchange(get("/products/5")).status()).isEqualTo(200);
    for (String target : new String[] {"/products/+5", "/products/05", "/products/5.0"}) {
      assertThat(exchange(get(target)).status()).as(target).isEqualTo(400);
    }
    assertThat(exchange(get("/products?page=+2")).status()).isEqualTo(400);
    assertThat(exchange(get("/products?page=02")).status()).isEqualTo(400);
    assertThat(exchange(get("/products?page=2")).status()).isEqualTo(200);
  }

  @Test
  void pipelinedOversizedBodyIsAnsweredInItsTurn() throws Exception {
    String oversized =
        "POST /carts HTTP/1.1\r\nHost: shop\r\nContent-Type: application/json\r\n"
            + "Content-Length: 70000\r\n\r\n"
            + "x".repeat(70_000);
    try (RawHttp connection = RawHttp.connect(shop.port(), READ)) {
      connection.send(get("/products/1") + oversized + get("/products/2"));

      assertThat(connection.read().body()).contains("\"id\":1,");
      assertThat(connection.read().status()).isEqualTo(413);
      assertThat(connection.read().body()).contains("\"id\":2,");
    }
  }
}
