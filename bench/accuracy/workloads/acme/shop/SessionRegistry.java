package acme.shop;

import corpus.Harness;
import java.util.HashMap;
import java.util.Map;

/**
 * A static map keyed per request: each request registers its session under a fresh id and nobody
 * logs out. Arguments: seed, rate MiB/h.
 */
public final class SessionRegistry {
  static final class Session {
    final String id;
    final byte[] attributes;

    Session(String id, byte[] attributes) {
      this.id = id;
      this.attributes = attributes;
    }
  }

  /**
   * Bytes one session costs: byte[2048] (2,064) + Session (24) + id String (24 + byte[] ~32) + map
   * node (32) + table slot (~6).
   */
  static final long SESSION_BYTES = 2064 + 24 + 56 + 32 + 6;

  static final Map<String, Session> SESSIONS = new HashMap<>();

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("SessionRegistry", args);
    double mibPerHour = harness.arg(1, 60);
    double perHour = mibPerHour * 1024 * 1024 / SESSION_BYTES;
    harness.note("nominal " + mibPerHour + " MiB/h");
    harness.retained(() -> size() * SESSION_BYTES);
    harness.every(
        Harness.TICK_MS,
        () -> {
          long due = harness.due(perHour, 0, size());
          for (long i = 0; i < due; i++) {
            login("s-" + size());
          }
        });
    harness.serve();
  }

  static synchronized long size() {
    return SESSIONS.size();
  }

  static synchronized void login(String id) {
    SESSIONS.put(id, new Session(id, new byte[2048])); // LEAK-SITE
  }
}
