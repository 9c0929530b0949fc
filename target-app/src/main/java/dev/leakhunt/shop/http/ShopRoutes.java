package dev.leakhunt.shop.http;

import static io.netty.handler.codec.http.HttpMethod.DELETE;
import static io.netty.handler.codec.http.HttpMethod.GET;
import static io.netty.handler.codec.http.HttpMethod.POST;

import dev.leakhunt.shop.Shop;
import java.util.List;

/**
 * The shop's HTTP API: every route with its endpoint and latency label. The labels are stable names
 * (MBean {@code dev.leakhunt.shop:type=Latency,endpoint=<label>}); {@value #UNMATCHED_LABEL}
 * collects requests no route took (404, 405, malformed).
 */
public final class ShopRoutes {
  /** Latency label of requests that matched no route. */
  public static final String UNMATCHED_LABEL = "unmatched";

  private ShopRoutes() {}

  static Router router(Shop shop) {
    CatalogEndpoints catalog = new CatalogEndpoints(shop);
    CartEndpoints carts = new CartEndpoints(shop);
    CheckoutEndpoints checkout = new CheckoutEndpoints(shop);
    StatusEndpoints status = new StatusEndpoints(shop);
    return new Router(
        List.of(
            new Route(GET, "/health", "health", status::health),
            new Route(GET, "/stats", "stats", status::stats),
            new Route(GET, "/categories", "categories", catalog::categories),
            new Route(GET, "/products", "products.list", catalog::list),
            new Route(GET, "/products/{id}", "products.get", catalog::get),
            new Route(POST, "/carts", "carts.create", carts::create),
            new Route(GET, "/carts/{id}", "carts.get", carts::get),
            new Route(POST, "/carts/{id}/items", "carts.addItem", carts::addItem),
            new Route(
                DELETE, "/carts/{id}/items/{productId}", "carts.removeItem", carts::removeItem),
            new Route(POST, "/checkout", "checkout", checkout::checkout),
            new Route(GET, "/orders/{id}", "orders.get", checkout::order)));
  }

  /** Every latency label, in route order, then {@value #UNMATCHED_LABEL}. */
  public static List<String> latencyLabels() {
    return List.of(
        "health",
        "stats",
        "categories",
        "products.list",
        "products.get",
        "carts.create",
        "carts.get",
        "carts.addItem",
        "carts.removeItem",
        "checkout",
        "orders.get",
        UNMATCHED_LABEL);
  }
}
