package dev.leakhunt.shop.checkout;

import java.util.List;

/**
 * A placed order; immutable.
 *
 * @param id order id
 * @param cartId the cart it was placed from
 * @param idempotencyKey the client's Idempotency-Key; a retry with it returns this order
 * @param lines what was bought
 * @param totalCents sum of quantity times unit price, in cents
 * @param placedAtMs when it was placed, epoch milliseconds
 */
public record Order(
    String id,
    String cartId,
    String idempotencyKey,
    List<OrderLine> lines,
    long totalCents,
    long placedAtMs) {

  /** Units over all lines. */
  public int units() {
    return lines.stream().mapToInt(OrderLine::quantity).sum();
  }
}
