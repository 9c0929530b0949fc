package dev.leakhunt.shop;

import dev.leakhunt.shop.leaks.LeakScenario;
import dev.leakhunt.shop.leaks.LeakSettings;
import java.util.Set;

/**
 * Shop configurations for the leak tests: one scenario on, or a clean shop, at the same amplify.
 */
final class LeakyShops {
  private LeakyShops() {}

  static ShopConfig leaking(LeakScenario scenario, int amplify) {
    return ShopConfig.loopbackDefaults().withLeaks(new LeakSettings(Set.of(scenario), amplify));
  }

  static ShopConfig clean(int amplify) {
    return ShopConfig.loopbackDefaults().withLeaks(new LeakSettings(Set.of(), amplify));
  }

  /** Places an order of one unit of {@code productId} and returns its id. */
  static String placeOrder(ShopClient client, long productId, String key) {
    String cartId = client.newCart();
    client.addItem(cartId, productId, 1);
    ShopClient.Reply reply = client.checkout(cartId, key);
    if (reply.status() != 201) {
      throw new IllegalStateException("checkout answered " + reply.status() + ": " + reply.json());
    }
    return reply.json().get("id").asText();
  }
}
