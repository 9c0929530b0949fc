package dev.leakhunt.shop.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.leakhunt.shop.cart.Cart;
import dev.leakhunt.shop.cart.CartLine;
import dev.leakhunt.shop.catalog.Product;
import dev.leakhunt.shop.checkout.Order;
import dev.leakhunt.shop.checkout.OrderLine;
import java.util.List;

/** The JSON shapes of response bodies, built from domain objects. */
final class Views {
  private Views() {}

  record ProductView(long id, String name, String category, long priceCents, int stock) {}

  record PageView(List<ProductView> items, int page, int size, long totalItems) {}

  record CartView(String id, List<CartLine> lines, long createdAtMs, long lastUsedAtMs) {
    static CartView of(Cart cart, List<CartLine> lines) {
      return new CartView(cart.id(), lines, cart.createdAtMs(), cart.lastUsedAtMs());
    }
  }

  /**
   * An order; {@code receipt} is rendered only by {@code GET /orders/{id}} and omitted otherwise.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record OrderView(
      String id,
      String cartId,
      List<OrderLine> lines,
      int units,
      long totalCents,
      long placedAtMs,
      String receipt) {
    static OrderView of(Order order, String receipt) {
      return new OrderView(
          order.id(),
          order.cartId(),
          order.lines(),
          order.units(),
          order.totalCents(),
          order.placedAtMs(),
          receipt);
    }
  }

  static ProductView product(Product product, int stock) {
    return new ProductView(
        product.id(), product.name(), product.category(), product.priceCents(), stock);
  }
}
