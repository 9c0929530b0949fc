package dev.leakhunt.shop.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.shop.Shop;
import dev.leakhunt.shop.cart.Cart;
import dev.leakhunt.shop.catalog.Product;

/** {@code POST /carts}, {@code GET /carts/{id}}, adding and removing cart lines. */
final class CartEndpoints {
  private final Shop shop;

  CartEndpoints(Shop shop) {
    this.shop = shop;
  }

  ApiResponse create(ApiRequest request) {
    Cart cart = shop.carts().create();
    return ApiResponse.created(Views.CartView.of(cart, cart.lines()));
  }

  ApiResponse get(ApiRequest request) {
    Cart cart = shop.carts().use(request.pathParam("id"));
    return ApiResponse.ok(Views.CartView.of(cart, cart.lines()));
  }

  ApiResponse addItem(ApiRequest request) {
    Cart cart = shop.carts().use(request.pathParam("id"));
    JsonNode body = JsonBodies.readObject(request);
    JsonNode productId = JsonBodies.requiredInteger(body, "productId");
    JsonNode quantity = JsonBodies.requiredInteger(body, "quantity");
    if (!productId.canConvertToLong()) {
      throw new ApiError(404, "no product with id " + productId);
    }
    Product product = shop.catalog().product(productId.longValue());
    if (!quantity.canConvertToInt()) {
      throw new ApiError(
          422, "quantity must be between 1 and " + Cart.MAX_QUANTITY + " (got " + quantity + ")");
    }
    return ApiResponse.ok(Views.CartView.of(cart, cart.add(product.id(), quantity.intValue())));
  }

  ApiResponse removeItem(ApiRequest request) {
    Cart cart = shop.carts().use(request.pathParam("id"));
    long productId = request.positiveIdParam("productId", "product id");
    return ApiResponse.ok(Views.CartView.of(cart, cart.remove(productId)));
  }
}
