package dev.leakhunt.shop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP/1.1 calls to a shop with {@link HttpClient}; bodies parsed as JSON. */
final class ShopClient {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
  private final String baseUrl;

  ShopClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** A status, parsed JSON body and headers. */
  record Reply(int status, JsonNode json, HttpResponse<String> raw) {
    String message() {
      return json.path("message").asText();
    }
  }

  Reply get(String path) {
    return send(request(path).GET().build());
  }

  Reply delete(String path) {
    return send(request(path).DELETE().build());
  }

  Reply postJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  Reply checkout(String cartId, String idempotencyKey) {
    return send(
        request("/checkout")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString("{\"cartId\":\"" + cartId + "\"}"))
            .build());
  }

  /** Creates a cart and returns its id. */
  String newCart() {
    Reply reply = postJson("/carts", "");
    if (reply.status() != 201) {
      throw new IllegalStateException("POST /carts answered " + reply.status());
    }
    return reply.json().get("id").asText();
  }

  Reply addItem(String cartId, long productId, int quantity) {
    return postJson(
        "/carts/" + cartId + "/items",
        "{\"productId\":" + productId + ",\"quantity\":" + quantity + "}");
  }

  JsonNode stats() {
    return get("/stats").json();
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
  }

  Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      JsonNode json = body.isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(body);
      return new Reply(response.statusCode(), json, response);
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
