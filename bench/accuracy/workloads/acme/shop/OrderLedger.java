package acme.shop;

import corpus.Harness;
import java.util.ArrayList;
import java.util.List;

/**
 * The unnamed-package record leak, in a named package: every order's 1 KiB record is appended to a
 * static ledger. Arguments: seed, rate MiB/h.
 */
public final class OrderLedger {
  record Order(int id, byte[] payload) {}

  /** Bytes one order costs: byte[1024] (1,040) + Order (24) + a list slot (4). */
  static final long ORDER_BYTES = 1040 + 24 + 4;

  static final List<Order> LEDGER = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Harness harness = Harness.start("OrderLedger", args);
    double mibPerHour = harness.arg(1, 60);
    double perHour = mibPerHour * 1024 * 1024 / ORDER_BYTES;
    harness.note("nominal " + mibPerHour + " MiB/h");
    harness.retained(() -> size() * ORDER_BYTES);
    harness.every(
        Harness.TICK_MS,
        () -> {
          long due = harness.due(perHour, 0, size());
          for (long i = 0; i < due; i++) {
            record();
          }
        });
    harness.serve();
  }

  static synchronized long size() {
    return LEDGER.size();
  }

  static synchronized void record() {
    LEDGER.add(new Order(LEDGER.size(), new byte[1024])); // LEAK-SITE
  }
}
