package dev.leakhunt.shop.checkout;

/**
 * The outcome of a checkout call.
 *
 * @param order the order for the call's Idempotency-Key
 * @param replayed true if the order was placed by an earlier call with the same key
 */
public record Placement(Order order, boolean replayed) {}
