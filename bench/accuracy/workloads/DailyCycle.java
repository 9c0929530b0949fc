import corpus.Harness;
import java.util.ArrayList;
import java.util.List;

/**
 * Clean: a day of traffic compressed into PERIOD seconds (default 480): the session store swells to
 * 80 MiB at "noon" and drains to nothing at "night", from a seeded time of day. Arguments: seed,
 * period seconds.
 */
public final class DailyCycle {
  static final long PEAK_BYTES = 80L * 1024 * 1024;
  static final int SESSION_BYTES = 8 * 1024;
  static final List<byte[]> SESSIONS = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("DailyCycle", args);
    double periodMs = harness.arg(1, 480) * 1000;
    double phase = harness.random().nextDouble();
    harness.note("clean: swells to 80 MiB and drains every " + periodMs / 1000 + " s");
    harness.retained(() -> size() * (SESSION_BYTES + 16L));
    harness.every(
        Harness.TICK_MS,
        () -> {
          double dayFraction = harness.elapsedMs() / periodMs + phase;
          double load = (1 - Math.cos(2 * Math.PI * dayFraction)) / 2;
          resize((int) (load * PEAK_BYTES / SESSION_BYTES));
        });
    harness.serve();
  }

  static synchronized long size() {
    return SESSIONS.size();
  }

  static synchronized void resize(int sessions) {
    while (SESSIONS.size() < sessions) {
      SESSIONS.add(new byte[SESSION_BYTES]);
    }
    while (SESSIONS.size() > sessions) {
      SESSIONS.remove(SESSIONS.size() - 1);
    }
  }
}
