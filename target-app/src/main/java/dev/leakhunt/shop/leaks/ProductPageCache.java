package dev.leakhunt.shop.leaks;

import dev.leakhunt.shop.catalog.Product;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code bounded-cache} negative control: rendered product pages cached in an LRU map capped at
 * {@value #CAPACITY} entries of {@value #PAGE_BYTES} x amplify bytes. Its heap grows while it
 * fills, then stays flat: a leak detector must not call it a leak. Off, it caches nothing.
 */
public final class ProductPageCache {
  /** Most pages held. */
  public static final int CAPACITY = 1000;

  /** Size of one rendered page at amplify 1, bytes. */
  public static final int PAGE_BYTES = 4096;

  private final boolean enabled;
  private final int pageBytes;
  private final Map<Long, byte[]> pagesByProductId =
      new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
          return size() > CAPACITY;
        }
      };

  /** Creates the cache for these settings. */
  public ProductPageCache(LeakSettings settings) {
    this.enabled = settings.isOn(LeakScenario.BOUNDED_CACHE);
    this.pageBytes = PAGE_BYTES * settings.amplify();
  }

  /** Renders and caches a product's page unless it is cached already. */
  public void remember(Product product) {
    if (!enabled) {
      return;
    }
    synchronized (pagesByProductId) {
      pagesByProductId.computeIfAbsent(product.id(), id -> render(product));
    }
  }

  /** Pages cached now. */
  public int size() {
    synchronized (pagesByProductId) {
      return pagesByProductId.size();
    }
  }

  private byte[] render(Product product) {
    byte[] page = new byte[pageBytes];
    byte[] header =
        ("<h1>" + product.name() + "</h1><p>" + product.priceCents() + " cents</p>")
            .getBytes(StandardCharsets.UTF_8);
    System.arraycopy(header, 0, page, 0, Math.min(header.length, page.length));
    return page;
  }
}
