import corpus.Harness;
import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Listeners registered through a JDK API and never removed: each request registers a price
 * watcher (with its 4 KiB quote cache) on the long-lived settings' PropertyChangeSupport.
 * Arguments: seed, rate MiB/h.
 */
public final class ListenerLeak {
  static final PropertyChangeSupport SETTINGS = new PropertyChangeSupport(new Object());
  static final AtomicLong REGISTERED = new AtomicLong();

  /**
   * Bytes one watcher costs: byte[4096] (4,112) + PriceWatcher (24) + the support's listener array
   * slot (4, the array is copied on every add).
   */
  static final long WATCHER_BYTES = 4112 + 24 + 4;

  static final class PriceWatcher implements PropertyChangeListener {
    final long request;
    final byte[] quotes;

    PriceWatcher(long request, byte[] quotes) {
      this.request = request;
      this.quotes = quotes;
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {
      quotes[0]++;
    }
  }

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("ListenerLeak", args);
    double mibPerHour = harness.arg(1, 60);
    double perHour = mibPerHour * 1024 * 1024 / WATCHER_BYTES;
    harness.note("nominal " + mibPerHour + " MiB/h");
    harness.retained(() -> REGISTERED.get() * WATCHER_BYTES);
    harness.every(
        Harness.TICK_MS,
        () -> {
          long due = harness.due(perHour, 0, REGISTERED.get());
          for (long i = 0; i < due; i++) {
            watchPrices(REGISTERED.incrementAndGet());
          }
        });
    harness.serve();
  }

  static void watchPrices(long request) {
    SETTINGS.addPropertyChangeListener(new PriceWatcher(request, new byte[4096])); // LEAK-SITE
  }
}
