package dev.leakhunt.shop.checkout;

import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The most recent orders, by id and by Idempotency-Key. It stands in for the shop's database, so it
 * keeps only the newest {@code ordersKept} orders: older ones are forgotten (404, and their key no
 * longer deduplicates), which keeps a clean shop's memory flat in a soak.
 */
public final class OrderBook {
  private final Map<String, Order> ordersByKey = new ConcurrentHashMap<>();
  private final Map<String, Order> ordersById = new ConcurrentHashMap<>();
  private final Queue<Order> oldestFirst = new ConcurrentLinkedQueue<>();
  private final AtomicInteger retained = new AtomicInteger();
  private final int ordersKept;

  /**
   * Creates an empty order book.
   *
   * @param ordersKept how many recent orders to retain, at least 1
   */
  public OrderBook(int ordersKept) {
    if (ordersKept < 1) {
      throw new IllegalArgumentException("ordersKept must be at least 1 (got " + ordersKept + ")");
    }
    this.ordersKept = ordersKept;
  }

  /**
   * Returns the order already placed under {@code idempotencyKey}, or places one with {@code
   * placer}. Concurrent calls with the same key run {@code placer} at most once; if it throws,
   * nothing is recorded and the exception propagates, so the client may retry with the same key.
   */
  public Placement placeOnce(String idempotencyKey, Supplier<Order> placer) {
    boolean[] placedNow = {false};
    Order order =
        ordersByKey.computeIfAbsent(
            idempotencyKey,
            key -> {
              placedNow[0] = true;
              return placer.get();
            });
    if (placedNow[0]) {
      ordersById.put(order.id(), order);
      oldestFirst.add(order);
      if (retained.incrementAndGet() > ordersKept) {
        forgetOldest();
      }
    }
    return new Placement(order, !placedNow[0]);
  }

  /** The order with this id, if it is still retained. */
  public Optional<Order> find(String orderId) {
    return Optional.ofNullable(orderId == null ? null : ordersById.get(orderId));
  }

  /** Number of orders retained now. */
  public int size() {
    return ordersById.size();
  }

  private void forgetOldest() {
    Order oldest = oldestFirst.poll();
    if (oldest != null) {
      retained.decrementAndGet();
      ordersById.remove(oldest.id());
      ordersByKey.remove(oldest.idempotencyKey());
    }
  }
}
