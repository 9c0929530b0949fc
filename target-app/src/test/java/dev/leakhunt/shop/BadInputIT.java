package dev.leakhunt.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.shop.ShopClient.Reply;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.apache.hc.core5.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each kind of bad input gets its 4xx status and a JSON error body saying what was wrong, and the
 * shop keeps serving afterwards.
 */
class BadInputIT {
  private static RunningShop shop;
  private static ShopClient client;

  @BeforeAll
  static void startShop() throws Exception {
    shop = RunningShop.clean();
    client = shop.client();
  }

  @AfterAll
  static void stopShop() throws Exception {
    shop.close();
  }

  @AfterEach
  void shopStillServes() {
    assertThat(client.get("/health").status()).isEqualTo(200);
  }

  private static void assertError(Reply reply, int status, String messagePart) {
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.json().get("status").asInt()).isEqualTo(status);
    assertThat(reply.json().get("error").asText()).isNotBlank();
    assertThat(reply.message()).contains(messagePart);
  }

  @Test
  void malformedJsonIs400() {
    String cartId = client.newCart();
    assertError(
        client.postJson("/carts/" + cartId + "/items", "{\"productId\": 1, \"quantity\""),
        400,
        "malformed JSON");
  }

  @Test
  void jsonThatIsNotAnObjectIs400() {
    assertError(client.postJson("/checkout", "[1,2]"), 400, "must be a JSON object");
  }

  @Test
  void missingFieldIs400NamingIt() {
    String cartId = client.newCart();
    assertError(
        client.postJson("/carts/" + cartId + "/items", "{\"productId\": 1}"),
        400,
        "field 'quantity' is required");
  }

  @Test
  void fieldOfWrongTypeIs400() {
    String cartId = client.newCart();
    assertError(
        client.postJson("/carts/" + cartId + "/items", "{\"productId\":1,\"quantity\":\"two\"}"),
        400,
        "field 'quantity' must be an integer (got \"two\")");
  }

  @Test
  void wrongContentTypeIs415() {
    Reply reply =
        client.send(
            client
                .request("POST", "/checkout")
                .addHeader("Idempotency-Key", "k")
                .setEntity("{\"cartId\":\"x\"}", ContentType.create("text/plain"))
                .build());
    assertError(reply, 415, "Content-Type must be application/json (got 'text/plain')");
  }

  @Test
  void oversizedBodyIs413AndConnectionStaysUsable() {
    String body = "{\"cartId\":\"" + "x".repeat(70_000) + "\"}";
    assertError(client.postJson("/checkout", body), 413, "exceeds the limit of 65536 bytes");
  }

  @Test
  void unknownProductIs404() {
    assertError(client.get("/products/10001"), 404, "no product with id 10001");
  }

  @Test
  void nonNumericProductIdIs400() {
    assertError(client.get("/products/abc"), 400, "product id must be a positive integer");
  }

  @Test
  void unknownCartIs404() {
    assertError(client.get("/carts/nope"), 404, "no cart with id 'nope'");
  }

  @Test
  void unknownOrderIs404() {
    assertError(client.get("/orders/ord-999999"), 404, "no order with id 'ord-999999'");
  }

  @Test
  void addingUnknownProductIs404() {
    String cartId = client.newCart();
    assertError(client.addItem(cartId, 123_456, 1), 404, "no product with id 123456");
  }

  @Test
  void removingAbsentLineIs404() {
    String cartId = client.newCart();
    assertError(client.delete("/carts/" + cartId + "/items/5"), 404, "has no line for product 5");
  }

  @Test
  void zeroQuantityIs422() {
    String cartId = client.newCart();
    assertError(client.addItem(cartId, 1, 0), 422, "quantity must be between 1 and 99 (got 0)");
  }

  @Test
  void negativeQuantityIs422() {
    String cartId = client.newCart();
    assertError(client.addItem(cartId, 1, -3), 422, "(got -3)");
  }

  @Test
  void absurdQuantityIs422() {
    String cartId = client.newCart();
    assertError(client.addItem(cartId, 1, 1000), 422, "(got 1000)");
    assertError(
        client.postJson(
            "/carts/" + cartId + "/items", "{\"productId\":1,\"quantity\":99999999999999}"),
        422,
        "(got 99999999999999)");
  }

  @Test
  void lineAboveLimitIs422() {
    String cartId = client.newCart();
    client.addItem(cartId, 1, 60);
    assertError(client.addItem(cartId, 1, 60), 422, "would have 120");
  }

  @Test
  void badPagingValuesAre400() {
    assertError(client.get("/products?page=0"), 400, "page must be 1 or more (got 0)");
    assertError(client.get("/products?page=x"), 400, "page must be an integer (got 'x')");
    assertError(client.get("/products?size=0"), 400, "size must be between 1 and 100 (got 0)");
    assertError(client.get("/products?size=101"), 400, "(got 101)");
  }

  @Test
  void unknownCategoryIs404() {
    assertError(client.get("/products?category=yachts"), 404, "unknown category 'yachts'");
  }

  @Test
  void unknownPathIs404() {
    assertError(client.get("/admin"), 404, "no such path: GET /admin");
  }

  @Test
  void wrongMethodIs405WithAllowHeader() {
    Reply reply = client.delete("/products/1");
    assertError(reply, 405, "method DELETE is not allowed on /products/1 (allowed: GET)");
    assertThat(reply.header("Allow")).hasValue("GET");
  }

  @Test
  void checkoutWithoutIdempotencyKeyIs400() {
    String cartId = client.newCart();
    client.addItem(cartId, 1, 1);
    assertError(
        client.postJson("/checkout", "{\"cartId\":\"" + cartId + "\"}"),
        400,
        "header Idempotency-Key is required");
  }

  @Test
  void checkoutOfEmptyCartIs422() {
    String cartId = client.newCart();
    assertError(client.checkout(cartId, "empty-" + cartId), 422, "is empty");
  }

  @Test
  void idempotencyKeyReusedForAnotherCartIs422() {
    String first = client.newCart();
    client.addItem(first, 2, 1);
    String second = client.newCart();
    client.addItem(second, 2, 1);
    assertThat(client.checkout(first, "reused-" + first).status()).isEqualTo(201);
    assertError(client.checkout(second, "reused-" + first), 422, "was already used for cart");
  }

  @Test
  void outOfStockIs409NamingTheProduct() {
    String cartId = client.newCart();
    int stock = client.get("/products/3").json().get("stock").asInt();
    for (int left = stock; left > 0; left -= Math.min(99, left)) {
      String filler = client.newCart();
      client.addItem(filler, 3, Math.min(99, left));
      assertThat(client.checkout(filler, "fill-" + filler).status()).isEqualTo(201);
    }
    client.addItem(cartId, 3, 1);

    Reply refused = client.checkout(cartId, "oos-" + cartId);

    assertError(refused, 409, "out of stock: product 3 ('Eco games item 3') has 0 units left");
    assertThat(client.get("/carts/" + cartId).status()).isEqualTo(200);
  }

  @Test
  void pipelinedRequestsOnOneConnectionAreAnsweredInOrder() throws Exception {
    String pipelined =
        "GET /products/1 HTTP/1.1\r\nHost: x\r\n\r\n"
            + "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n"
            + "GET /products/2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    String responses = exchange(pipelined);

    int first = responses.indexOf("\"id\":1,");
    int second = responses.indexOf("no such path: GET /nowhere");
    int third = responses.indexOf("\"id\":2,");
    assertThat(responses).startsWith("HTTP/1.1 200 OK");
    assertThat(first).isPositive();
    assertThat(second).isGreaterThan(first);
    assertThat(third).isGreaterThan(second);
  }

  @Test
  void garbageRequestLineIs400() throws Exception {
    String response = exchange("THIS IS NOT HTTP\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 400 Bad Request");
    assertThat(response).contains("\"message\":\"malformed HTTP request");
  }

  private String exchange(String raw) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", shop.port())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(raw.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      in.transferTo(received); // the shop closes after the last (or a malformed) request
      return received.toString(StandardCharsets.UTF_8);
    }
  }
}
