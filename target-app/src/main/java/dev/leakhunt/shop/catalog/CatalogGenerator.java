package dev.leakhunt.shop.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates the same catalog on every start, so load tests and soaks can address products by id and
 * know their price and stock without reading them first.
 */
public final class CatalogGenerator {
  /** The category names, in listing order. */
  public static final List<String> CATEGORIES =
      List.of(
          "books",
          "music",
          "games",
          "electronics",
          "computers",
          "phones",
          "cameras",
          "garden",
          "kitchen",
          "toys",
          "sports",
          "outdoors",
          "clothing",
          "shoes",
          "jewelry",
          "beauty",
          "health",
          "grocery",
          "pets",
          "office");

  private static final String[] ADJECTIVES = {
    "Classic",
    "Compact",
    "Deluxe",
    "Eco",
    "Essential",
    "Premium",
    "Rugged",
    "Smart",
    "Travel",
    "Ultra"
  };

  private CatalogGenerator() {}

  /**
   * Returns {@code count} products with ids 1..count; product {@code id} is in category {@code (id
   * - 1) % 20}, costs {@code 199 + (id * 7919) % 49_800} cents and starts with {@code 20 + (id *
   * 31) % 181} units (20..200).
   *
   * @param count number of products, at least 1
   */
  public static List<Product> generate(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("catalog size must be at least 1 (got " + count + ")");
    }
    List<Product> products = new ArrayList<>(count);
    for (long id = 1; id <= count; id++) {
      String category = CATEGORIES.get((int) ((id - 1) % CATEGORIES.size()));
      String name = ADJECTIVES[(int) (id % ADJECTIVES.length)] + " " + category + " item " + id;
      long priceCents = 199 + (id * 7919) % 49_800;
      int stock = (int) (20 + (id * 31) % 181);
      products.add(new Product(id, name, category, priceCents, stock));
    }
    return List.copyOf(products);
  }
}
