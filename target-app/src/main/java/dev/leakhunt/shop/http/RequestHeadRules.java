package dev.leakhunt.shop.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The RFC 9112 rules on a request head that Netty's decoder leaves to the server. (The decoder
 * itself already refuses a Transfer-Encoding whose last coding is not chunked, one with both
 * Content-Length and Transfer-Encoding, and Transfer-Encoding in HTTP/1.0.)
 */
final class RequestHeadRules {
  /**
   * {@code host [ ":" port ]}: an IP literal in brackets or a reg-name (RFC 3986), empty allowed.
   */
  private static final Pattern HOST =
      Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9\\-._~!$&'()*+,;=%]*)(:[0-9]*)?");

  private RequestHeadRules() {}

  /**
   * A broken rule: the status to answer, why, and whether the connection must close after it.
   *
   * @param status 400, 417 or 501
   * @param message what was wrong, for the error body
   * @param close true if the rest of the connection's bytes cannot be trusted
   */
  record Violation(int status, String message, boolean close) {}

  /** The first rule the head breaks, or null if it breaks none. */
  static Violation check(HttpRequest request) {
    List<String> hosts = request.headers().getAll(HttpHeaderNames.HOST);
    if (request.protocolVersion().equals(HttpVersion.HTTP_1_1) && hosts.size() != 1) {
      return new Violation(
          400,
          "an HTTP/1.1 request needs exactly one Host header (got "
              + hosts.size()
              + "; RFC 9112 section 3.2)",
          false);
    }
    if (hosts.size() > 1) {
      return new Violation(400, "more than one Host header (got " + hosts.size() + ")", false);
    }
    if (hosts.size() == 1 && !HOST.matcher(hosts.get(0)).matches()) {
      return new Violation(
          400, "Host header is not host[:port] (got '" + hosts.get(0) + "')", false);
    }
    for (String field : request.headers().getAll(HttpHeaderNames.TRANSFER_ENCODING)) {
      for (String coding : field.split(",")) {
        String name = coding.strip();
        if (!name.isEmpty() && !HttpHeaderValues.CHUNKED.contentEqualsIgnoreCase(name)) {
          return new Violation(
              501,
              "transfer coding '"
                  + name
                  + "' is not supported; send the body with Transfer-Encoding: chunked alone"
                  + " or with Content-Length",
              true);
        }
      }
    }
    String expect = request.headers().get(HttpHeaderNames.EXPECT);
    if (expect != null
        && !HttpHeaderValues.CONTINUE.contentEqualsIgnoreCase(expect.strip())
        && !request.protocolVersion().equals(HttpVersion.HTTP_1_0)) {
      return new Violation(
          417, "expectation '" + expect + "' is not supported (only 100-continue)", false);
    }
    return null;
  }
}
