package dev.leakhunt.simulations.requests;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/** The HTTP protocol every shopper uses: the shop's base URL and JSON headers. */
public final class ShopProtocol {
  private ShopProtocol() {}

  /**
   * JSON in and out against {@code baseUrl}; each virtual shopper has its own connections. The HTTP
   * stack warms up against the target's {@code /health}, never against an outside site.
   */
  public static HttpProtocolBuilder forBaseUrl(String baseUrl) {
    return http.baseUrl(baseUrl)
        .warmUp(baseUrl + "/health")
        .acceptHeader("application/json")
        .userAgentHeader("leakhunt-gatling-shopper");
  }
}
