package dev.leakhunt.shop.leaks;

import dev.leakhunt.shop.catalog.Product;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records product views for the "recently viewed" strip, and the {@code recently-viewed} bug.
 *
 * <p>Clean: the last {@value #RECENT_VIEWS_KEPT} views in a bounded LRU map. The bug: views go to a
 * static map keyed by visitor, but the shop has no session cookie, so every request is a new
 * visitor and its {@link RecentlyViewedEntry} is never removed. {@code --leak-amplify N} records N
 * entries per view (the product and the N-1 products shown next to it).
 */
public final class RecentlyViewedTracker {
  /** Views the clean tracker keeps. */
  public static final int RECENT_VIEWS_KEPT = 1000;

  private static final Map<String, RecentlyViewedEntry> VIEWS_BY_VISITOR =
      new ConcurrentHashMap<>();
  private static final AtomicLong VISITOR_SEQUENCE = new AtomicLong();

  private final boolean leaky;
  private final int entriesPerView;
  private final int catalogSize;
  private final Map<Long, RecentlyViewedEntry> recentViews =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RecentlyViewedEntry> eldest) {
          return size() > RECENT_VIEWS_KEPT;
        }
      };

  /** Creates the tracker for these settings over a catalog of {@code catalogSize} products. */
  public RecentlyViewedTracker(LeakSettings settings, int catalogSize) {
    this.leaky = settings.isOn(LeakScenario.RECENTLY_VIEWED);
    this.entriesPerView = settings.amplify();
    this.catalogSize = catalogSize;
  }

  /** Records that a product was viewed now. */
  public void recordView(Product product, long nowMs) {
    if (leaky) {
      String visitorKey = "visitor-" + VISITOR_SEQUENCE.incrementAndGet();
      for (int i = 0; i < entriesPerView; i++) {
        long productId = (product.id() - 1 + i) % catalogSize + 1;
        VIEWS_BY_VISITOR.put(
            visitorKey + "/" + i,
            new RecentlyViewedEntry(visitorKey, productId, product.name(), nowMs));
      }
      return;
    }
    synchronized (recentViews) {
      recentViews.put(
          product.id(), new RecentlyViewedEntry("shop", product.id(), product.name(), nowMs));
    }
  }

  /** Entries held in the static map, over every tracker in this JVM. */
  public static int leakedEntries() {
    return VIEWS_BY_VISITOR.size();
  }
}
