package dev.leakhunt.shop;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Makes one HTTP request's bytes from a seeded random source: mostly requests to the shop's API
 * with hostile values (ids like {@code +5}, bad escapes, wrong content types, odd framing, trailing
 * JSON), some of them then mutated byte by byte, and a few pure random byte strings. The same seed
 * gives the same bytes, so a failing case is replayed by its seed alone.
 */
final class HttpRequestFuzzer {
  private static final List<String> METHODS =
      List.of("GET", "GET", "GET", "GET", "POST", "POST", "POST", "DELETE", "PUT", "GeT", "");
  private static final List<String> IDS =
      List.of(
          "1",
          "2",
          "42",
          "10000",
          "10001",
          "0",
          "-1",
          "+5",
          "05",
          "1.0",
          "1e3",
          "abc",
          "99999999999999999999",
          "%zz",
          "%",
          "%u2215",
          "%31",
          "\u0661",
          "",
          "%2F");
  private static final List<String> VERSIONS =
      List.of(
          "HTTP/1.1",
          "HTTP/1.1",
          "HTTP/1.1",
          "HTTP/1.1",
          "HTTP/1.1",
          "HTTP/1.0",
          "HTTP/2.0",
          "HTTP/1.1x",
          "http/1.1");
  private static final List<String> CONTENT_TYPES =
      List.of(
          "application/json",
          "application/json",
          "application/json; charset=utf-8",
          "application/jsonp",
          "text/plain",
          "application/json; charset=latin1",
          "application/json;;",
          "application/json; x",
          "APPLICATION/JSON");

  private final List<String> cartIds;

  /**
   * @param cartIds ids of real carts, so that some requests reach the cart and checkout logic
   */
  HttpRequestFuzzer(List<String> cartIds) {
    this.cartIds = cartIds;
  }

  byte[] request(Random random) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      byte[] noise = new byte[1 + random.nextInt(200)];
      random.nextBytes(noise);
      return noise;
    }
    byte[] request = apiRequest(random);
    return kind <= 3 ? mutate(request, random) : request;
  }

  private byte[] apiRequest(Random random) {
    String method = pick(METHODS, random);
    String body = body(random);
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target(random)).append(' ');
    head.append(pick(VERSIONS, random)).append("\r\n");
    int host = random.nextInt(20);
    if (host > 1) {
      head.append("Host: shop\r\n");
    } else if (host == 1) {
      head.append("Host: a\r\nHost: b\r\n");
    }
    if (random.nextInt(4) > 0) {
      head.append("Content-Type: ").append(pick(CONTENT_TYPES, random)).append("\r\n");
    }
    if (random.nextInt(3) == 0) {
      head.append("Idempotency-Key: k").append(random.nextInt(50)).append("\r\n");
    }
    int expect = random.nextInt(30);
    if (expect == 0) {
      head.append("Expect: 100-continue\r\n");
    } else if (expect == 1) {
      head.append("Expect: teapot\r\n");
    }
    if (random.nextBoolean()) {
      head.append("Connection: close\r\n");
    }
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    String framing;
    String sent = body;
    int choice = random.nextInt(20);
    if (choice < 13) {
      framing = "Content-Length: " + content.length + "\r\n";
    } else if (choice < 15) {
      framing = "Transfer-Encoding: chunked\r\n";
      sent = chunked(body);
    } else if (choice == 15) {
      framing = "Transfer-Encoding: gzip, chunked\r\n";
      sent = chunked(body);
    } else if (choice == 16) {
      framing = "Content-Length: " + content.length + "\r\nTransfer-Encoding: chunked\r\n";
      sent = chunked(body);
    } else if (choice == 17) {
      framing = "Content-Length: " + Math.max(0, content.length - 3) + "\r\n";
    } else if (choice == 18) {
      framing =
          "Content-Length: " + pick(List.of("-1", "1x", "99999999999", " 5"), random) + "\r\n";
    } else {
      framing = "";
    }
    head.append(framing).append("\r\n").append(sent);
    return head.toString().getBytes(StandardCharsets.UTF_8);
  }

  private String target(Random random) {
    String cart = random.nextInt(3) == 0 ? pick(IDS, random) : pick(cartIds, random);
    String path =
        switch (random.nextInt(12)) {
          case 0 -> "/health";
          case 1 -> "/stats";
          case 2 -> "/categories";
          case 3 -> "/products";
          case 4 -> "/products/" + pick(IDS, random);
          case 5 -> "/carts";
          case 6 -> "/carts/" + cart;
          case 7 -> "/carts/" + cart + "/items";
          case 8 -> "/carts/" + cart + "/items/" + pick(IDS, random);
          case 9 -> "/checkout";
          case 10 -> "/orders/ord-" + pick(IDS, random);
          default -> "/" + pick(IDS, random) + "/" + pick(IDS, random);
        };
    if (random.nextInt(4) == 0) {
      path +=
          "?page="
              + pick(IDS, random)
              + "&size="
              + pick(IDS, random)
              + "&category="
              + pick(List.of("home", "Eco games", "yachts", "%zz", ""), random);
    }
    return path;
  }

  private String body(Random random) {
    String cart = pick(cartIds, random);
    return switch (random.nextInt(9)) {
      case 0 -> "";
      case 1 ->
          "{\"productId\":" + pick(IDS, random) + ",\"quantity\":" + random.nextInt(120) + "}";
      case 2 -> "{\"productId\":" + (1 + random.nextInt(50)) + ",\"quantity\":1}";
      case 3 -> "{\"cartId\":\"" + cart + "\"}";
      case 4 -> "{\"productId\":1,\"quantity\":1}{\"productId\":2,\"quantity\":1}";
      case 5 -> "{\"productId\":1,\"productId\":2,\"quantity\":1}";
      case 6 -> "[1,2,{\"a\":null}]";
      case 7 -> "{\"cartId\":" + random.nextLong() + ",\"x\":\"\u00e9\\u0000\"}";
      default -> "x".repeat(random.nextInt(3) == 0 ? 70_000 : 10);
    };
  }

  private static String chunked(String body) {
    if (body.isEmpty()) {
      return "0\r\n\r\n";
    }
    int length = body.getBytes(StandardCharsets.UTF_8).length;
    return Integer.toHexString(length) + "\r\n" + body + "\r\n0\r\n\r\n";
  }

  /** One to five byte edits: flip, insert (often CR, LF or NUL), delete, truncate, duplicate. */
  private static byte[] mutate(byte[] request, Random random) {
    byte[] bytes = request;
    int edits = 1 + random.nextInt(5);
    for (int i = 0; i < edits && bytes.length > 1; i++) {
      int at = random.nextInt(bytes.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (random.nextInt(5)) {
        case 0 -> {
          bytes = bytes.clone();
          bytes[at] ^= (byte) (1 << random.nextInt(8));
          continue;
        }
        case 1 -> {
          out.write(bytes, 0, at);
          out.write(new byte[] {'\r', '\n', 0, ' ', ':', (byte) 0xff}[random.nextInt(6)]);
          out.write(bytes, at, bytes.length - at);
        }
        case 2 -> {
          int end = Math.min(bytes.length, at + 1 + random.nextInt(8));
          out.write(bytes, 0, at);
          out.write(bytes, end, bytes.length - end);
        }
        case 3 -> out.write(bytes, 0, Math.max(1, at));
        default -> {
          int end = Math.min(bytes.length, at + 1 + random.nextInt(16));
          out.write(bytes, 0, end);
          out.write(bytes, at, bytes.length - at);
        }
      }
      bytes = out.toByteArray();
    }
    return bytes;
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }
}
