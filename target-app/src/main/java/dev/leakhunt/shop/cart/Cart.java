package dev.leakhunt.shop.cart;

import dev.leakhunt.shop.failure.Problem;
import dev.leakhunt.shop.failure.ShopException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A shopper's cart: product lines, the time it was last used (for idle eviction) and the guest
 * session the storefront attached to it. Thread-safe; lines are guarded by the cart's monitor.
 */
public final class Cart {
  /** Most units of one product a cart line may hold. */
  public static final int MAX_QUANTITY = 99;

  private final String id;
  private final long createdAtMs;
  private final byte[] guestSession;
  private final Map<Long, Integer> quantityByProductId = new LinkedHashMap<>();
  private final AtomicBoolean checkedOut = new AtomicBoolean();
  private volatile long lastUsedAtMs;

  /**
   * Creates an empty cart.
   *
   * @param guestSessionBytes size of the serialized guest session (locale, referrer, experiment
   *     buckets) the cart carries; this is what makes each cart weigh about a kilobyte
   */
  Cart(String id, long createdAtMs, int guestSessionBytes) {
    this.id = id;
    this.createdAtMs = createdAtMs;
    this.lastUsedAtMs = createdAtMs;
    this.guestSession = new byte[guestSessionBytes];
    guestSession[0] = 1;
  }

  /** The cart's id. */
  public String id() {
    return id;
  }

  /** When the cart was created, epoch milliseconds. */
  public long createdAtMs() {
    return createdAtMs;
  }

  /** When the cart was last read or changed, epoch milliseconds. */
  public long lastUsedAtMs() {
    return lastUsedAtMs;
  }

  /** Size of the attached guest session in bytes. */
  public int guestSessionBytes() {
    return guestSession.length;
  }

  void touch(long nowMs) {
    lastUsedAtMs = nowMs;
  }

  /**
   * Adds units of a product, merging with an existing line.
   *
   * @throws ShopException UNPROCESSABLE if the quantity is not 1..99 or the line would exceed 99,
   *     CONFLICT if the cart was already checked out
   */
  public synchronized List<CartLine> add(long productId, int quantity) {
    requireOpen();
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      throw new ShopException(
          Problem.UNPROCESSABLE,
          "quantity must be between 1 and " + MAX_QUANTITY + " (got " + quantity + ")");
    }
    int merged = quantityByProductId.getOrDefault(productId, 0) + quantity;
    if (merged > MAX_QUANTITY) {
      throw new ShopException(
          Problem.UNPROCESSABLE,
          "a cart line holds at most "
              + MAX_QUANTITY
              + " units (product "
              + productId
              + " would have "
              + merged
              + "); remove the line or add fewer");
    }
    quantityByProductId.put(productId, merged);
    return lines();
  }

  /**
   * Removes a product's line.
   *
   * @throws ShopException NOT_FOUND if the cart has no such line, CONFLICT if checked out
   */
  public synchronized List<CartLine> remove(long productId) {
    requireOpen();
    if (quantityByProductId.remove(productId) == null) {
      throw new ShopException(
          Problem.NOT_FOUND, "cart " + id + " has no line for product " + productId);
    }
    return lines();
  }

  /** The cart's lines in the order they were first added. */
  public synchronized List<CartLine> lines() {
    List<CartLine> lines = new ArrayList<>(quantityByProductId.size());
    quantityByProductId.forEach(
        (productId, quantity) -> lines.add(new CartLine(productId, quantity)));
    return List.copyOf(lines);
  }

  /** Whether an order was placed from this cart. */
  public boolean isCheckedOut() {
    return checkedOut.get();
  }

  /**
   * Claims the cart for one checkout.
   *
   * @return true for the one caller that may place the order, false if another checkout claimed it
   */
  public synchronized boolean claimForCheckout() {
    return checkedOut.compareAndSet(false, true);
  }

  /** Gives the cart back after a checkout that placed no order (for example out of stock). */
  public synchronized void unclaim() {
    checkedOut.set(false);
  }

  private void requireOpen() {
    if (checkedOut.get()) {
      throw new ShopException(
          Problem.CONFLICT, "cart " + id + " is already checked out; create a new cart");
    }
  }
}
