package dev.leakhunt.shop.catalog;

/**
 * One catalog entry; immutable. Live stock is kept apart in {@link Inventory}.
 *
 * @param id positive product id, 1..catalog size
 * @param name display name
 * @param category category name, one of {@link Catalog#categories()}
 * @param priceCents unit price in cents
 * @param initialStock units in stock when the shop started
 */
public record Product(long id, String name, String category, long priceCents, int initialStock) {}
