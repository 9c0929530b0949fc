package dev.leakhunt.shop.cart;

import dev.leakhunt.shop.failure.Problem;
import dev.leakhunt.shop.failure.ShopException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * All live carts. Carts idle for longer than the TTL are dropped by {@link #evictIdle()}, which the
 * shop runs periodically; that is what keeps the shop's memory bounded however many carts shoppers
 * abandon.
 */
public final class CartStore {
  private final Map<String, Cart> cartsById = new ConcurrentHashMap<>();
  private final Duration idleTtl;
  private final int guestSessionBytes;
  private final LongSupplier clockMs;

  /**
   * Creates an empty store.
   *
   * @param idleTtl how long a cart may go unused before eviction drops it
   * @param guestSessionBytes size of the guest session each new cart carries, in bytes (at least 1)
   * @param clockMs current time in epoch milliseconds
   */
  public CartStore(Duration idleTtl, int guestSessionBytes, LongSupplier clockMs) {
    this.idleTtl = idleTtl;
    this.guestSessionBytes = guestSessionBytes;
    this.clockMs = clockMs;
  }

  /** Creates and stores a new empty cart. */
  public Cart create() {
    Cart cart = new Cart(UUID.randomUUID().toString(), clockMs.getAsLong(), guestSessionBytes);
    cartsById.put(cart.id(), cart);
    return cart;
  }

  /**
   * Returns a live cart and marks it as used now.
   *
   * @throws ShopException NOT_FOUND if there is no such cart (never created, evicted or checked
   *     out)
   */
  public Cart use(String cartId) {
    Cart cart = cartId == null ? null : cartsById.get(cartId);
    if (cart == null) {
      throw new ShopException(
          Problem.NOT_FOUND,
          "no cart with id '"
              + cartId
              + "' (carts expire after "
              + idleTtl.toSeconds()
              + "s idle)");
    }
    cart.touch(clockMs.getAsLong());
    return cart;
  }

  /** Drops a cart whose order was placed. */
  public void remove(String cartId) {
    cartsById.remove(cartId);
  }

  /**
   * Drops every cart unused for longer than the idle TTL.
   *
   * @return number of carts dropped
   */
  public int evictIdle() {
    long oldestAllowedMs = clockMs.getAsLong() - idleTtl.toMillis();
    int before = cartsById.size();
    cartsById.values().removeIf(cart -> cart.lastUsedAtMs() < oldestAllowedMs);
    return Math.max(0, before - cartsById.size());
  }

  /** Number of carts currently held. */
  public int size() {
    return cartsById.size();
  }
}
