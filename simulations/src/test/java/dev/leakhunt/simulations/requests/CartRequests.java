package dev.leakhunt.simulations.requests;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Cart requests. {@code Create cart} saves {@code cartId}; adding needs {@code productId} and
 * {@code quantity}; removing needs {@code removeProductId}.
 */
public final class CartRequests {
  private CartRequests() {}

  /** {@code POST /carts}: 201 with the new cart's id. */
  public static HttpRequestActionBuilder createCart() {
    return http("Create cart")
        .post("/carts")
        .check(status().is(201), jsonPath("$.id").saveAs("cartId"));
  }

  /** {@code POST /carts/{id}/items}: adds {@code quantity} units of {@code productId}. */
  public static HttpRequestActionBuilder addItem() {
    return http("Add item to cart")
        .post("/carts/#{cartId}/items")
        .body(StringBody("{\"productId\":#{productId},\"quantity\":#{quantity}}"))
        .asJson()
        .check(status().in(200, 201));
  }

  /**
   * {@code DELETE /carts/{id}/items/{productId}}: removes a line the shopper changed their mind on.
   */
  public static HttpRequestActionBuilder removeItem() {
    return http("Remove item from cart")
        .delete("/carts/#{cartId}/items/#{removeProductId}")
        .check(status().in(200, 204));
  }

  /** {@code GET /carts/{id}}: the cart page before deciding to pay or leave. */
  public static HttpRequestActionBuilder viewCart() {
    return http("View cart")
        .get("/carts/#{cartId}")
        .check(status().is(200), jsonPath("$.id").isEL("#{cartId}"));
  }
}
