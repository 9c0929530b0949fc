package dev.leakhunt.shop.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;
import java.util.Map;

/** One decoded request as endpoints see it: path and query parameters, headers, body. */
final class ApiRequest {
  private final FullHttpRequest request;
  private final QueryStringDecoder query;
  private final Map<String, String> pathParams;
  private final ByteBufAllocator allocator;

  ApiRequest(
      FullHttpRequest request,
      QueryStringDecoder query,
      Map<String, String> pathParams,
      ByteBufAllocator allocator) {
    this.request = request;
    this.query = query;
    this.pathParams = pathParams;
    this.allocator = allocator;
  }

  String pathParam(String name) {
    return pathParams.get(name);
  }

  /** The first value of a query parameter, or null if absent. */
  String queryParam(String name) {
    List<String> values = query.parameters().get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  String header(String name) {
    return request.headers().get(name);
  }

  /** The request body; valid only while the request is being handled. */
  ByteBuf body() {
    return request.content();
  }

  ByteBufAllocator allocator() {
    return allocator;
  }

  /**
   * Parses a path segment as a positive id.
   *
   * @throws ApiError 400 if it is not a positive integer
   */
  long positiveIdParam(String name, String what) {
    String raw = pathParam(name);
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException notANumber) {
      // Reported below with the same message as a non-positive value.
    }
    throw new ApiError(400, what + " must be a positive integer (got '" + raw + "')");
  }

  /**
   * Parses an optional integer query parameter.
   *
   * @throws ApiError 400 if present and not an integer
   */
  int intQueryParam(String name, int defaultValue) {
    String raw = queryParam(name);
    if (raw == null) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new ApiError(400, name + " must be an integer (got '" + raw + "')");
    }
  }
}
