package dev.leakhunt.shop.checkout;

/**
 * One product of a placed order, priced at checkout time.
 *
 * @param productId the product's id
 * @param name the product's name at checkout
 * @param quantity units bought
 * @param unitPriceCents price of one unit in cents
 */
public record OrderLine(long productId, String name, int quantity, long unitPriceCents) {}
