package dev.leakhunt.shop.http;

import dev.leakhunt.shop.Shop;
import dev.leakhunt.shop.checkout.Order;
import dev.leakhunt.shop.checkout.Placement;
import dev.leakhunt.shop.failure.Problem;
import dev.leakhunt.shop.failure.ShopException;
import dev.leakhunt.shop.leaks.CheckoutAuditLog;
import io.netty.buffer.ByteBuf;

/**
 * {@code POST /checkout} (201 new order, 200 replay of the same key) and {@code GET /orders/{id}}.
 */
final class CheckoutEndpoints {
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final Shop shop;

  CheckoutEndpoints(Shop shop) {
    this.shop = shop;
  }

  ApiResponse checkout(ApiRequest request) {
    CheckoutAuditLog audit = shop.leaks().checkoutAudit();
    ByteBuf auditRecord = audit.open(request.allocator(), request.body());
    try {
      String cartId = JsonBodies.requiredString(JsonBodies.readObject(request), "cartId");
      Placement placement = shop.checkout().checkout(cartId, request.header(IDEMPOTENCY_KEY));
      audit.written(auditRecord);
      Views.OrderView view = Views.OrderView.of(placement.order(), null);
      return placement.replayed() ? ApiResponse.ok(view) : ApiResponse.created(view);
    } catch (RuntimeException refused) {
      audit.refused(auditRecord);
      throw refused;
    }
  }

  ApiResponse order(ApiRequest request) {
    String orderId = request.pathParam("id");
    Order order =
        shop.orders()
            .find(orderId)
            .orElseThrow(
                () -> new ShopException(Problem.NOT_FOUND, "no order with id '" + orderId + "'"));
    String receipt = shop.leaks().receiptRenderer().render(order);
    shop.leaks().receiptArchive().archive(order.id(), receipt);
    return ApiResponse.ok(Views.OrderView.of(order, receipt));
  }
}
