package dev.leakhunt.shop.http;

import io.netty.handler.codec.http.HttpMethod;
import java.util.Map;
import java.util.Set;

/**
 * The result of routing a request: a route with its path parameters, or no route; in that case
 * {@code allowedMethods} lists the methods the path does accept (empty for an unknown path: 404,
 * else 405).
 */
record RouteMatch(Route route, Map<String, String> pathParams, Set<HttpMethod> allowedMethods) {
  boolean found() {
    return route != null;
  }
}
