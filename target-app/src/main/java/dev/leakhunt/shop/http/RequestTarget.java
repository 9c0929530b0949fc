package dev.leakhunt.shop.http;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;
import java.util.Map;

/**
 * A request's path and query parameters, percent-decoded. Decoding happens once, here, so that a
 * malformed escape such as {@code %zz} or {@code %u2215} anywhere in the target is the client's 400
 * rather than an exception in the middle of routing or of an endpoint.
 *
 * @param path the decoded path, e.g. {@code /products/5}
 * @param parameters decoded query parameters, each with its values in order
 */
record RequestTarget(String path, Map<String, List<String>> parameters) {

  /**
   * Decodes a request target.
   *
   * @throws ApiError 400 if its percent-encoding is malformed
   */
  static RequestTarget parse(String uri) {
    try {
      QueryStringDecoder decoder = new QueryStringDecoder(uri);
      return new RequestTarget(decoder.path(), decoder.parameters());
    } catch (IllegalArgumentException e) {
      throw new ApiError(
          400,
          "malformed request target (bad percent-encoding): "
              + e.getMessage()
              + "; escape '%' as %25");
    }
  }

  /** The first value of a query parameter, or null if absent. */
  String firstValue(String name) {
    List<String> values = parameters.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
