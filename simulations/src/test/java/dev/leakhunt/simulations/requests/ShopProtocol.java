package dev.leakhunt.simulations.requests;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.List;

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

  /**
   * As {@link #forBaseUrl}, spreading virtual shoppers over {@code baseUrls} round-robin (Gatling
   * picks one per virtual user); warms up against the first.
   */
  public static HttpProtocolBuilder forBaseUrls(List<String> baseUrls) {
    if (baseUrls.size() == 1) {
      return forBaseUrl(baseUrls.get(0));
    }
    return http.baseUrls(baseUrls)
        .warmUp(baseUrls.get(0) + "/health")
        .acceptHeader("application/json")
        .userAgentHeader("leakhunt-gatling-shopper");
  }
}
