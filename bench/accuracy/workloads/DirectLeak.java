import corpus.Harness;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A direct-memory leak: each upload gets a 64 KiB direct staging buffer that is kept in a static
 * list. Arguments: seed, rate MiB/h.
 */
public final class DirectLeak {
  static final int BUFFER_BYTES = 64 * 1024;
  static final List<ByteBuffer> STAGING = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("DirectLeak", args);
    double mibPerHour = harness.arg(1, 180);
    double perHour = mibPerHour * 1024 * 1024 / BUFFER_BYTES;
    harness.note("nominal " + mibPerHour + " MiB/h of direct buffers");
    harness.retained(() -> size() * (long) BUFFER_BYTES);
    harness.every(
        Harness.TICK_MS,
        () -> {
          long due = harness.due(perHour, 0, size());
          for (long i = 0; i < due; i++) {
            stage();
          }
        });
    harness.serve();
  }

  static synchronized long size() {
    return STAGING.size();
  }

  static synchronized void stage() {
    STAGING.add(ByteBuffer.allocateDirect(BUFFER_BYTES)); // LEAK-SITE
  }
}
