package dev.leakhunt.simulations.feeders;

import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Endless random feeders for what shoppers choose: which category page they land on, which product
 * they put in the cart, how many units, and the idempotency key of each checkout. Unseeded by
 * default; with a seed (one per injector when several share the load) the choices are a
 * reproducible sequence that differs between injectors. Idempotency keys stay random UUIDs either
 * way: two runs with one seed must still never share a key.
 */
public final class ShopFeeders {
  /** Listing page size the journeys ask for. */
  public static final int PAGE_SIZE = 20;

  /** Shoppers rarely page deeper than this; deep pages are cold paths, not typical traffic. */
  private static final int DEEPEST_PAGE = 5;

  private final CatalogSnapshot catalog;
  private final Supplier<RandomGenerator> random;

  /** Unseeded feeders over this catalog. */
  public ShopFeeders(CatalogSnapshot catalog) {
    this.catalog = catalog;
    this.random = ThreadLocalRandom::current;
  }

  /** Feeders over this catalog whose choices follow {@code seed} (thread-safe, shared). */
  public ShopFeeders(CatalogSnapshot catalog, long seed) {
    this.catalog = catalog;
    Random seeded = new Random(seed);
    this.random = () -> seeded;
  }

  /** {@code category} and a 1-based {@code page} among the first few pages of that category. */
  public Iterator<Map<String, Object>> categoryPages() {
    long pagesPerCategory =
        Math.max(1, catalog.productCount() / catalog.categories().size() / PAGE_SIZE);
    int deepest = (int) Math.min(DEEPEST_PAGE, pagesPerCategory);
    return Stream.generate(
            () -> {
              RandomGenerator random = this.random.get();
              String category =
                  catalog.categories().get(random.nextInt(catalog.categories().size()));
              return Map.<String, Object>of(
                  "category", category, "page", 1 + random.nextInt(deepest));
            })
        .iterator();
  }

  /** {@code productId} uniformly among all products, and {@code quantity} 1 to 3 (mostly 1). */
  public Iterator<Map<String, Object>> cartLines() {
    return Stream.generate(
            () -> {
              RandomGenerator random = this.random.get();
              long productId = 1 + random.nextLong(catalog.productCount());
              return Map.<String, Object>of("productId", productId, "quantity", quantity(random));
            })
        .iterator();
  }

  /** A fresh {@code idempotencyKey} per checkout. */
  public static Iterator<Map<String, Object>> idempotencyKeys() {
    return Stream.generate(
            () -> Map.<String, Object>of("idempotencyKey", UUID.randomUUID().toString()))
        .iterator();
  }

  /** 60 % one unit, 25 % two, 15 % three: most shoppers buy one of a thing. */
  static int quantity(RandomGenerator random) {
    int roll = random.nextInt(100);
    return roll < 60 ? 1 : roll < 85 ? 2 : 3;
  }
}
