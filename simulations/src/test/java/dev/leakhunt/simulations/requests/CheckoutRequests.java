package dev.leakhunt.simulations.requests;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Checkout and order requests. Checkout needs {@code cartId} and {@code idempotencyKey}; it saves
 * {@code checkoutStatus} (201 placed, 409 out of stock) and, when placed, {@code orderId}.
 */
public final class CheckoutRequests {
  /** Header that makes a checkout safe to retry. */
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

  private CheckoutRequests() {}

  /** {@code POST /checkout}: 201 with the order, or 409 naming a product out of stock. */
  public static HttpRequestActionBuilder checkout() {
    return http("Checkout")
        .post("/checkout")
        .header(IDEMPOTENCY_KEY_HEADER, "#{idempotencyKey}")
        .body(StringBody("{\"cartId\":\"#{cartId}\"}"))
        .asJson()
        .check(
            status().in(201, 409).saveAs("checkoutStatus"),
            jsonPath("$.id").optional().saveAs("orderId"));
  }

  /**
   * The same checkout sent again with the same key, as a client does after a timeout: must answer
   * 200 with the very same order, never place a second one.
   */
  public static HttpRequestActionBuilder retryCheckout() {
    return http("Checkout retry (same key)")
        .post("/checkout")
        .header(IDEMPOTENCY_KEY_HEADER, "#{idempotencyKey}")
        .body(StringBody("{\"cartId\":\"#{cartId}\"}"))
        .asJson()
        .check(status().is(200), jsonPath("$.id").isEL("#{orderId}"));
  }

  /** {@code GET /orders/{id}}: the confirmation page. */
  public static HttpRequestActionBuilder viewOrder() {
    return http("View order")
        .get("/orders/#{orderId}")
        .check(status().is(200), jsonPath("$.id").isEL("#{orderId}"));
  }
}
