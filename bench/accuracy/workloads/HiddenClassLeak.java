import corpus.Harness;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * A class leak per request: every request defines a hidden class (as a naive expression compiler
 * would) and caches it forever, twice a second. Arguments: seed, classes per second.
 */
public final class HiddenClassLeak {
  static final List<Class<?>> COMPILED = new ArrayList<>();
  static byte[] templateBytes;

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("HiddenClassLeak", args);
    double perSecond = harness.arg(1, 2);
    try (InputStream in = HiddenClassLeak.class.getResourceAsStream("/HiddenTemplate.class")) {
      templateBytes = in.readAllBytes();
    }
    harness.note("nominal " + perSecond * 3600 + " hidden classes/h");
    harness.retained(HiddenClassLeak::size);
    harness.every((long) (1000 / perSecond), HiddenClassLeak::compile);
    harness.serve();
  }

  static synchronized long size() {
    return COMPILED.size();
  }

  static synchronized void compile() {
    try {
      COMPILED.add(
          MethodHandles.lookup().defineHiddenClass(templateBytes, true).lookupClass()); // LEAK-SITE
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
