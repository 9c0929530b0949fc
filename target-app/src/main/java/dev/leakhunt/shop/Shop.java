package dev.leakhunt.shop;

import dev.leakhunt.shop.cart.CartStore;
import dev.leakhunt.shop.catalog.Catalog;
import dev.leakhunt.shop.catalog.CatalogGenerator;
import dev.leakhunt.shop.catalog.Inventory;
import dev.leakhunt.shop.checkout.CheckoutService;
import dev.leakhunt.shop.checkout.OrderBook;
import dev.leakhunt.shop.leaks.LeakScenarios;
import dev.leakhunt.shop.metrics.RequestCounters;
import java.util.function.LongSupplier;

/**
 * The shop's in-memory state and services, free of any transport: what the HTTP endpoints work on.
 *
 * @param catalog products
 * @param inventory live stock
 * @param carts live carts
 * @param orders recent orders
 * @param checkout the checkout service
 * @param leaks the parts carrying the leak scenarios
 * @param requestCounters responses by status
 * @param clockMs current time, epoch milliseconds
 */
public record Shop(
    Catalog catalog,
    Inventory inventory,
    CartStore carts,
    OrderBook orders,
    CheckoutService checkout,
    LeakScenarios leaks,
    RequestCounters requestCounters,
    LongSupplier clockMs) {

  /** Builds a fresh shop for this configuration. */
  public static Shop create(ShopConfig config, LongSupplier clockMs) {
    Catalog catalog = new Catalog(CatalogGenerator.generate(config.products()));
    Inventory inventory = new Inventory(catalog.all());
    LeakScenarios leaks = LeakScenarios.of(config.leaks(), catalog.size());
    CartStore carts =
        new CartStore(config.cartTtl(), leaks.cartEviction().guestSessionBytes(), clockMs);
    OrderBook orders = new OrderBook(config.ordersKept());
    CheckoutService checkout =
        new CheckoutService(catalog, inventory, carts, orders, leaks.confirmationSender(), clockMs);
    return new Shop(
        catalog, inventory, carts, orders, checkout, leaks, new RequestCounters(), clockMs);
  }
}
