package dev.leakhunt.simulations.requests;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Catalog requests. Needs {@code category} and {@code page} in the session for listings; saves
 * {@code viewedProductId} (a product from the listed page) for the product view.
 */
public final class CatalogRequests {
  private CatalogRequests() {}

  /** {@code GET /categories}: the navigation menu every landing page shows. */
  public static HttpRequestActionBuilder listCategories() {
    return http("List categories")
        .get("/categories")
        .check(status().is(200), jsonPath("$[0]").exists());
  }

  /** {@code GET /products?category=&page=&size=}: one listing page; picks a product shown on it. */
  public static HttpRequestActionBuilder browseCategoryPage(int pageSize) {
    return http("Browse category page")
        .get("/products")
        .queryParam("category", "#{category}")
        .queryParam("page", "#{page}")
        .queryParam("size", pageSize)
        .check(
            status().is(200),
            jsonPath("$.items[*].id").ofLong().findRandom().saveAs("viewedProductId"));
  }

  /** {@code GET /products/{id}}: the product page of the product picked from the listing. */
  public static HttpRequestActionBuilder viewProduct() {
    return http("View product")
        .get("/products/#{viewedProductId}")
        .check(status().is(200), jsonPath("$.id").ofLong().isEL("#{viewedProductId}"));
  }
}
