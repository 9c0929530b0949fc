package dev.leakhunt.shop.http;

import io.netty.handler.codec.http.HttpMethod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One method and path template, e.g. {@code GET /products/{id}}, with the label its latency MBean
 * is named by.
 */
record Route(HttpMethod method, String pathTemplate, String label, Endpoint endpoint) {

  /** The template's path parameters bound to the path's segments, or empty if it does not match. */
  Optional<Map<String, String>> bind(List<String> pathSegments) {
    List<String> templateSegments = segments(pathTemplate);
    if (templateSegments.size() != pathSegments.size()) {
      return Optional.empty();
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < templateSegments.size(); i++) {
      String expected = templateSegments.get(i);
      String actual = pathSegments.get(i);
      if (expected.startsWith("{") && expected.endsWith("}")) {
        params.put(expected.substring(1, expected.length() - 1), actual);
      } else if (!expected.equals(actual)) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }

  static List<String> segments(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    if (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
  }
}
