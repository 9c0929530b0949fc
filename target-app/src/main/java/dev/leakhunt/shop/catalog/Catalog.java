package dev.leakhunt.shop.catalog;

import dev.leakhunt.shop.failure.Problem;
import dev.leakhunt.shop.failure.ShopException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The read-only product catalog: lookup by id and paged listings, optionally by category. */
public final class Catalog {
  /** Largest page size a listing accepts. */
  public static final int MAX_PAGE_SIZE = 100;

  private final List<Product> products;
  private final Map<String, List<Product>> productsByCategory;

  /** Creates a catalog over products whose ids are 1..products.size() in order. */
  public Catalog(List<Product> products) {
    this.products = List.copyOf(products);
    this.productsByCategory =
        this.products.stream()
            .collect(
                Collectors.groupingBy(Product::category, LinkedHashMap::new, Collectors.toList()));
  }

  /** Number of products; ids run from 1 to this. */
  public int size() {
    return products.size();
  }

  /** All products in id order. */
  public List<Product> all() {
    return products;
  }

  /** Category names in listing order. */
  public List<String> categories() {
    return List.copyOf(productsByCategory.keySet());
  }

  /**
   * Returns the product with this id.
   *
   * @throws ShopException NOT_FOUND if the id is outside 1..size
   */
  public Product product(long id) {
    if (id < 1 || id > products.size()) {
      throw new ShopException(
          Problem.NOT_FOUND,
          "no product with id " + id + " (product ids run from 1 to " + products.size() + ")");
    }
    return products.get((int) (id - 1));
  }

  /**
   * Returns one page of products, all or of one category.
   *
   * @param category category name, or null for all products
   * @param page 1-based page number
   * @param size page size, 1..{@value #MAX_PAGE_SIZE}
   * @throws ShopException BAD_REQUEST for bad paging values, NOT_FOUND for an unknown category
   */
  public Page<Product> list(String category, int page, int size) {
    if (page < 1) {
      throw new ShopException(Problem.BAD_REQUEST, "page must be 1 or more (got " + page + ")");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new ShopException(
          Problem.BAD_REQUEST,
          "size must be between 1 and " + MAX_PAGE_SIZE + " (got " + size + ")");
    }
    List<Product> source = products;
    if (category != null) {
      source = productsByCategory.get(category);
      if (source == null) {
        throw new ShopException(
            Problem.NOT_FOUND, "unknown category '" + category + "' (see GET /categories)");
      }
    }
    long from = (long) (page - 1) * size;
    List<Product> items =
        from >= source.size()
            ? List.of()
            : source.subList((int) from, (int) Math.min(source.size(), from + size));
    return new Page<>(List.copyOf(items), page, size, source.size());
  }
}
