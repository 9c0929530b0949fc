package dev.leakhunt.shop.cart;

/**
 * One product in a cart.
 *
 * @param productId the product's id
 * @param quantity units, 1..{@link Cart#MAX_QUANTITY}
 */
public record CartLine(long productId, int quantity) {}
