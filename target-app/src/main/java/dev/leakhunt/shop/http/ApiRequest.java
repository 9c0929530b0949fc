package dev.leakhunt.shop.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.FullHttpRequest;
import java.util.Map;
import java.util.regex.Pattern;

/** One decoded request as endpoints see it: path and query parameters, headers, body. */
final class ApiRequest {
  /** A positive id as the shop writes it: digits only, no sign, no leading zero. */
  private static final Pattern CANONICAL_POSITIVE = Pattern.compile("[1-9][0-9]{0,18}");

  /** An integer as the shop writes it: no plus sign, no leading zeros, no "-0". */
  private static final Pattern CANONICAL_INTEGER = Pattern.compile("0|-?[1-9][0-9]{0,9}");

  private final FullHttpRequest request;
  private final RequestTarget target;
  private final Map<String, String> pathParams;
  private final ByteBufAllocator allocator;

  ApiRequest(
      FullHttpRequest request,
      RequestTarget target,
      Map<String, String> pathParams,
      ByteBufAllocator allocator) {
    this.request = request;
    this.target = target;
    this.pathParams = pathParams;
    this.allocator = allocator;
  }

  String pathParam(String name) {
    return pathParams.get(name);
  }

  /** The first value of a query parameter, or null if absent. */
  String queryParam(String name) {
    return target.firstValue(name);
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
   * Parses a path segment as a positive id, in the one form the shop writes ids: {@code 5}, not
   * {@code +5} or {@code 05}, so that one resource has one URL.
   *
   * @throws ApiError 400 if it is not a positive integer in that form
   */
  long positiveIdParam(String name, String what) {
    String raw = pathParam(name);
    if (raw != null && CANONICAL_POSITIVE.matcher(raw).matches()) {
      try {
        return Long.parseLong(raw);
      } catch (NumberFormatException beyondLongRange) {
        // Reported below with the same message as any other bad id.
      }
    }
    throw new ApiError(
        400,
        what
            + " must be a positive integer, digits only without sign or leading zeros (got '"
            + raw
            + "')");
  }

  /**
   * Parses an optional integer query parameter, written plainly ({@code 2}, not {@code +2} or
   * {@code 02}).
   *
   * @throws ApiError 400 if present and not an integer in that form
   */
  int intQueryParam(String name, int defaultValue) {
    String raw = queryParam(name);
    if (raw == null) {
      return defaultValue;
    }
    if (CANONICAL_INTEGER.matcher(raw).matches()) {
      try {
        return Integer.parseInt(raw);
      } catch (NumberFormatException beyondIntRange) {
        // Reported below.
      }
    }
    throw new ApiError(400, name + " must be an integer (got '" + raw + "')");
  }
}
