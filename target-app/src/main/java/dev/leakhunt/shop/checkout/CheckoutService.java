package dev.leakhunt.shop.checkout;

import dev.leakhunt.shop.cart.Cart;
import dev.leakhunt.shop.cart.CartLine;
import dev.leakhunt.shop.cart.CartStore;
import dev.leakhunt.shop.catalog.Catalog;
import dev.leakhunt.shop.catalog.Inventory;
import dev.leakhunt.shop.catalog.Product;
import dev.leakhunt.shop.failure.Problem;
import dev.leakhunt.shop.failure.ShopException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Turns a cart into an order: exactly one order per Idempotency-Key, stock reserved for all lines
 * or none, the cart closed afterwards.
 */
public final class CheckoutService {
  /** Longest Idempotency-Key accepted. */
  public static final int MAX_KEY_LENGTH = 128;

  private final Catalog catalog;
  private final Inventory inventory;
  private final CartStore carts;
  private final OrderBook orders;
  private final Consumer<Order> onOrderPlaced;
  private final LongSupplier clockMs;
  private final AtomicLong orderSequence = new AtomicLong();
  private final LongAdder ordersPlaced = new LongAdder();
  private final LongAdder unitsSold = new LongAdder();
  private final LongAdder checkoutsReplayed = new LongAdder();
  private final LongAdder checkoutsSucceeded = new LongAdder();
  private final LongAdder checkoutsOutOfStock = new LongAdder();

  /**
   * Creates the service.
   *
   * @param onOrderPlaced called once per new order, after stock is reserved (sends the
   *     confirmation)
   */
  public CheckoutService(
      Catalog catalog,
      Inventory inventory,
      CartStore carts,
      OrderBook orders,
      Consumer<Order> onOrderPlaced,
      LongSupplier clockMs) {
    this.catalog = catalog;
    this.inventory = inventory;
    this.carts = carts;
    this.orders = orders;
    this.onOrderPlaced = onOrderPlaced;
    this.clockMs = clockMs;
  }

  /**
   * Places the order for a cart, or returns the order an earlier call with the same key placed.
   *
   * @throws ShopException BAD_REQUEST for a missing or too long key, NOT_FOUND for an unknown cart,
   *     UNPROCESSABLE for an empty cart or a key reused for another cart, CONFLICT when a product
   *     is out of stock (the message names it) or the cart was checked out under another key
   */
  public Placement checkout(String cartId, String idempotencyKey) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      throw new ShopException(
          Problem.BAD_REQUEST,
          "header Idempotency-Key is required for POST /checkout (use a fresh UUID per checkout and"
              + " the same one for its retries)");
    }
    if (idempotencyKey.length() > MAX_KEY_LENGTH) {
      throw new ShopException(
          Problem.BAD_REQUEST,
          "header Idempotency-Key must be at most "
              + MAX_KEY_LENGTH
              + " characters (got "
              + idempotencyKey.length()
              + ")");
    }
    Placement placement = orders.placeOnce(idempotencyKey, () -> place(cartId, idempotencyKey));
    if (placement.replayed()) {
      if (!placement.order().cartId().equals(cartId)) {
        throw new ShopException(
            Problem.UNPROCESSABLE,
            "Idempotency-Key '"
                + idempotencyKey
                + "' was already used for cart "
                + placement.order().cartId()
                + "; use a new key for a different cart");
      }
      checkoutsReplayed.increment();
    } else {
      onOrderPlaced.accept(placement.order());
      // Counted with checkoutsSucceeded, after everything that can throw: if the confirmation
      // fails, neither counts, and a retry with the same key replays the order and counts both.
      ordersPlaced.increment();
    }
    checkoutsSucceeded.increment();
    return placement;
  }

  private Order place(String cartId, String idempotencyKey) {
    Cart cart = carts.use(cartId);
    if (!cart.claimForCheckout()) {
      throw new ShopException(
          Problem.CONFLICT, "cart " + cartId + " is already checked out under another key");
    }
    List<CartLine> lines = cart.lines();
    if (lines.isEmpty()) {
      cart.unclaim();
      throw new ShopException(
          Problem.UNPROCESSABLE, "cart " + cartId + " is empty; add items before checkout");
    }
    List<OrderLine> reserved = new ArrayList<>(lines.size());
    for (CartLine line : lines) {
      Product product = catalog.product(line.productId());
      if (!inventory.tryReserve(product.id(), line.quantity())) {
        reserved.forEach(done -> inventory.release(done.productId(), done.quantity()));
        cart.unclaim();
        checkoutsOutOfStock.increment();
        throw new ShopException(
            Problem.CONFLICT,
            "out of stock: product "
                + product.id()
                + " ('"
                + product.name()
                + "') has "
                + Math.max(0, inventory.unitsInStock(product.id()))
                + " units left, the cart wants "
                + line.quantity()
                + "; lower the quantity or remove the line");
      }
      reserved.add(
          new OrderLine(product.id(), product.name(), line.quantity(), product.priceCents()));
    }
    long totalCents =
        reserved.stream().mapToLong(line -> line.quantity() * line.unitPriceCents()).sum();
    Order order =
        new Order(
            "ord-" + orderSequence.incrementAndGet(),
            cartId,
            idempotencyKey,
            List.copyOf(reserved),
            totalCents,
            clockMs.getAsLong());
    carts.remove(cartId);
    unitsSold.add(order.units());
    return order;
  }

  /**
   * Orders placed since start (each key counted once), counted once the checkout succeeded; equals
   * {@link #checkoutsSucceeded()} minus {@link #checkoutsReplayed()}.
   */
  public long ordersPlaced() {
    return ordersPlaced.sum();
  }

  /** Units sold since start. */
  public long unitsSold() {
    return unitsSold.sum();
  }

  /** Checkout calls answered with an order, new or replayed; minus replays it must equal orders. */
  public long checkoutsSucceeded() {
    return checkoutsSucceeded.sum();
  }

  /** Checkout calls answered with an earlier order because their key was seen before. */
  public long checkoutsReplayed() {
    return checkoutsReplayed.sum();
  }

  /** Checkout calls refused because a product was out of stock. */
  public long checkoutsOutOfStock() {
    return checkoutsOutOfStock.sum();
  }
}
