import corpus.Harness;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A descriptor leak: each request opens the price list with a FileInputStream, reads a line and
 * parks the stream in a map of pending requests that is never cleaned. Arguments: seed, opens per
 * second.
 */
public final class FdLeak {
  static final Map<Long, FileInputStream> PENDING = new ConcurrentHashMap<>();
  static Path priceList;

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("FdLeak", args);
    double perSecond = harness.arg(1, 1);
    priceList = Files.createTempFile("corpus-price-list", ".txt");
    priceList.toFile().deleteOnExit();
    Files.writeString(priceList, "sku-1 100\nsku-2 250\n");
    harness.note("nominal " + perSecond * 3600 + " descriptors/h on " + priceList.getFileName());
    harness.retained(() -> PENDING.size());
    harness.every((long) (1000 / perSecond), () -> open(PENDING.size()));
    harness.serve();
  }

  static void open(long request) {
    try {
      FileInputStream in = new FileInputStream(priceList.toFile()); // LEAK-SITE
      in.read();
      PENDING.put(request, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
