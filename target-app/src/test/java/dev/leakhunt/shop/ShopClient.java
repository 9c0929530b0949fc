package dev.leakhunt.shop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * Real HTTP/1.1 calls to a shop over pooled keep-alive connections; bodies parsed as JSON.
 *
 * <p>Apache HttpClient rather than the JDK's: on JDK 17 {@code java.net.http.HttpClient} sometimes
 * hands a fast loopback server's answer on a reused connection to its idle-pool watcher, which
 * closes the connection ("HTTP/1.1 header parser received no bytes", JDK-8338569, fixed in 24). The
 * request was served by then, so a retry would count it twice. No request is retried here.
 */
final class ShopClient implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Timeout TIMEOUT = Timeout.ofSeconds(10);

  /** More than any test's client threads, so that no call waits for a pooled connection. */
  private static final int MAX_CONNECTIONS = 32;

  private final CloseableHttpClient http =
      HttpClients.custom()
          .setConnectionManager(
              PoolingHttpClientConnectionManagerBuilder.create()
                  .setMaxConnPerRoute(MAX_CONNECTIONS)
                  .setMaxConnTotal(MAX_CONNECTIONS)
                  .setDefaultConnectionConfig(
                      ConnectionConfig.custom()
                          .setConnectTimeout(TIMEOUT)
                          .setSocketTimeout(TIMEOUT)
                          .build())
                  .build())
          .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(TIMEOUT).build())
          .disableAutomaticRetries()
          .disableContentCompression()
          .build();
  private final String baseUrl;

  ShopClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * A status, parsed JSON body and the response headers (names in any case).
   *
   * @param headers the first value of each header, by case-insensitive name
   */
  record Reply(int status, JsonNode json, Map<String, String> headers) {
    String message() {
      return json.path("message").asText();
    }

    Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name));
    }
  }

  Reply get(String path) {
    return send(request("GET", path).build());
  }

  Reply delete(String path) {
    return send(request("DELETE", path).build());
  }

  Reply postJson(String path, String json) {
    return send(request("POST", path).setEntity(json, ContentType.APPLICATION_JSON).build());
  }

  Reply checkout(String cartId, String idempotencyKey) {
    return send(
        request("POST", "/checkout")
            .addHeader("Idempotency-Key", idempotencyKey)
            .setEntity("{\"cartId\":\"" + cartId + "\"}", ContentType.APPLICATION_JSON)
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

  /** A request to this shop, for a test that sets its own headers or body. */
  ClassicRequestBuilder request(String method, String path) {
    return ClassicRequestBuilder.create(method).setUri(baseUrl + path);
  }

  Reply send(ClassicHttpRequest request) {
    try {
      return http.execute(request, ShopClient::reply);
    } catch (IOException e) {
      throw new UncheckedIOException(
          request.getMethod() + " " + request.getRequestUri() + " failed", e);
    }
  }

  private static Reply reply(ClassicHttpResponse response) throws IOException, ParseException {
    String body =
        response.getEntity() == null
            ? ""
            : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
    JsonNode json = body.isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(body);
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Header header : response.getHeaders()) {
      headers.putIfAbsent(header.getName(), header.getValue());
    }
    return new Reply(response.getCode(), json, headers);
  }

  @Override
  public void close() throws IOException {
    http.close();
  }
}
