package dev.leakhunt.shop.http;

import dev.leakhunt.shop.Shop;
import dev.leakhunt.shop.catalog.Page;
import dev.leakhunt.shop.catalog.Product;

/** {@code GET /products}, {@code GET /products/{id}}, {@code GET /categories}. */
final class CatalogEndpoints {
  static final int DEFAULT_PAGE_SIZE = 20;

  private final Shop shop;

  CatalogEndpoints(Shop shop) {
    this.shop = shop;
  }

  ApiResponse list(ApiRequest request) {
    int page = request.intQueryParam("page", 1);
    int size = request.intQueryParam("size", DEFAULT_PAGE_SIZE);
    String category = request.queryParam("category");
    Page<Product> products =
        shop.catalog().list(category == null || category.isEmpty() ? null : category, page, size);
    return ApiResponse.ok(
        new Views.PageView(
            products.items().stream().map(this::view).toList(),
            products.page(),
            products.size(),
            products.totalItems()));
  }

  ApiResponse get(ApiRequest request) {
    Product product = shop.catalog().product(request.positiveIdParam("id", "product id"));
    shop.leaks().recentlyViewed().recordView(product, shop.clockMs().getAsLong());
    shop.leaks().productPageCache().remember(product);
    return ApiResponse.ok(view(product));
  }

  ApiResponse categories(ApiRequest request) {
    return ApiResponse.ok(shop.catalog().categories());
  }

  private Views.ProductView view(Product product) {
    return Views.product(product, shop.inventory().unitsInStock(product.id()));
  }
}
