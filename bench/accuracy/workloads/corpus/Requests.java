package corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** One "request" of the churn thread: parses, builds and sorts about 24 KiB that dies at once. */
final class Requests {
  private Requests() {}

  static long handle(Random random) {
    Map<String, String> headers = new HashMap<>();
    for (int i = 0; i < 16; i++) {
      headers.put("header-" + i, Long.toHexString(random.nextLong()));
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      lines.add("line " + i + " " + headers.get("header-" + (i % 16)));
    }
    lines.sort(null);
    byte[] body = new byte[8 * 1024 + random.nextInt(8 * 1024)];
    random.nextBytes(body);
    long sum = 0;
    for (int i = 0; i < body.length; i += 64) {
      sum += body[i];
    }
    return sum + lines.get(0).length();
  }
}
