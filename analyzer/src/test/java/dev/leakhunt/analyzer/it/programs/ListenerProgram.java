package dev.leakhunt.analyzer.it.programs;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/**
 * Each request registers a price listener with a JDK listener list ({@code PropertyChangeSupport})
 * and never removes it; each listener keeps a 4 KiB snapshot (160 KiB/s).
 */
public final class ListenerProgram {
  static final PropertyChangeSupport PRICES = new PropertyChangeSupport(new Object());

  static final class PriceWatcher implements PropertyChangeListener {
    final byte[] snapshot;

    PriceWatcher(byte[] snapshot) {
      this.snapshot = snapshot;
    }

    @Override
    public void propertyChange(PropertyChangeEvent event) {}
  }

  public static void main(String[] args) throws Exception {
    RequestLoop.run(args, 25, ListenerProgram::watchPrices);
  }

  static void watchPrices(int requestId) {
    PRICES.addPropertyChangeListener(new PriceWatcher(new byte[4096]));
  }
}
