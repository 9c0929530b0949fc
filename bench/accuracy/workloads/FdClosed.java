import corpus.Harness;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Clean control of FdLeak: the same price-list read per request, with the stream closed. Arguments:
 * seed, opens per second.
 */
public final class FdClosed {
  static Path priceList;

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("FdClosed", args);
    double perSecond = harness.arg(1, 5);
    priceList = Files.createTempFile("corpus-price-list", ".txt");
    priceList.toFile().deleteOnExit();
    Files.writeString(priceList, "sku-1 100\nsku-2 250\n");
    harness.note("clean: opens and closes " + perSecond + " streams/s");
    harness.every((long) (1000 / perSecond), FdClosed::read);
    harness.serve();
  }

  static int read() {
    try (FileInputStream in = new FileInputStream(priceList.toFile())) {
      return in.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
