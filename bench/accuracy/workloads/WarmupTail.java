import corpus.Harness;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clean: a class-loading and JIT warm-up tail. Code paths are discovered at a rate that decays
 * with a 25 s time constant (2,000 classes in all, a few dozen left after a 2-minute warm-up), and
 * every discovered path is called again and again so the JIT keeps compiling for a while.
 * Arguments: seed.
 */
public final class WarmupTail {
  static final int TOTAL_CLASSES = 2_000;
  static final double TIME_CONSTANT_MS = 25_000;
  static final List<Class<?>> PATHS = new ArrayList<>();
  static final AtomicLong DEFINED = new AtomicLong();
  static byte[] templateBytes;

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("WarmupTail", args);
    Random random = harness.random();
    try (InputStream in = WarmupTail.class.getResourceAsStream("/HiddenTemplate.class")) {
      templateBytes = in.readAllBytes();
    }
    harness.note("clean: " + TOTAL_CLASSES + " classes, rate decaying with tau 25 s");
    harness.retained(DEFINED::get);
    harness.every(
        Harness.TICK_MS,
        () -> {
          double expected = TOTAL_CLASSES * (1 - Math.exp(-harness.elapsedMs() / TIME_CONSTANT_MS));
          while (DEFINED.get() < (long) expected) {
            discover();
          }
          exercise(random);
        });
    harness.serve();
  }

  static synchronized void discover() {
    try {
      PATHS.add(MethodHandles.lookup().defineHiddenClass(templateBytes, true).lookupClass());
      DEFINED.incrementAndGet();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  static synchronized long exercise(Random random) {
    long sum = 0;
    for (int i = 0; i < 20 && !PATHS.isEmpty(); i++) {
      Class<?> path = PATHS.get(random.nextInt(PATHS.size()));
      try {
        sum += (int) path.getMethod("price", int.class).invoke(null, i);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return sum;
  }
}
