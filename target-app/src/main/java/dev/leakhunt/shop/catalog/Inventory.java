package dev.leakhunt.shop.catalog;

import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Live stock per product. Reservations are lock-free compare-and-set loops, so stock never goes
 * below zero however many checkouts race for the last unit.
 */
public final class Inventory {
  private final AtomicIntegerArray unitsByIndex;
  private final long initialUnits;

  /** Creates an inventory holding each product's {@link Product#initialStock()}. */
  public Inventory(List<Product> products) {
    unitsByIndex = new AtomicIntegerArray(products.size());
    long total = 0;
    for (int i = 0; i < products.size(); i++) {
      unitsByIndex.set(i, products.get(i).initialStock());
      total += products.get(i).initialStock();
    }
    initialUnits = total;
  }

  /** Units of product {@code productId} currently in stock. */
  public int unitsInStock(long productId) {
    return unitsByIndex.get(index(productId));
  }

  /**
   * Takes {@code quantity} units of a product if that many are in stock.
   *
   * @return true if taken, false if fewer than {@code quantity} units were left (nothing taken)
   */
  public boolean tryReserve(long productId, int quantity) {
    int index = index(productId);
    while (true) {
      int available = unitsByIndex.get(index);
      if (available < quantity) {
        return false;
      }
      if (unitsByIndex.compareAndSet(index, available, available - quantity)) {
        return true;
      }
    }
  }

  /** Puts back units taken by {@link #tryReserve} when a later line of the same order failed. */
  public void release(long productId, int quantity) {
    unitsByIndex.addAndGet(index(productId), quantity);
  }

  /** Sum of units in stock over all products. */
  public long unitsRemaining() {
    long total = 0;
    for (int i = 0; i < unitsByIndex.length(); i++) {
      total += unitsByIndex.get(i);
    }
    return total;
  }

  /** Sum of initial stock over all products. */
  public long initialUnits() {
    return initialUnits;
  }

  /** Number of products whose stock is below zero; anything but 0 is a bug. */
  public int negativeStockProducts() {
    int negative = 0;
    for (int i = 0; i < unitsByIndex.length(); i++) {
      if (unitsByIndex.get(i) < 0) {
        negative++;
      }
    }
    return negative;
  }

  private int index(long productId) {
    if (productId < 1 || productId > unitsByIndex.length()) {
      throw new IllegalArgumentException("no product with id " + productId);
    }
    return (int) (productId - 1);
  }
}
