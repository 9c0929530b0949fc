package dev.leakhunt.shop.http;

import static io.netty.handler.codec.http.HttpMethod.DELETE;
import static io.netty.handler.codec.http.HttpMethod.GET;
import static io.netty.handler.codec.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.shop.Shop;
import dev.leakhunt.shop.ShopConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {
  private final Router router =
      ShopRoutes.router(Shop.create(ShopConfig.loopbackDefaults(), System::currentTimeMillis));

  @Test
  void pathParametersAreBound() {
    RouteMatch match = router.match(DELETE, "/carts/abc/items/42");

    assertThat(match.route().label()).isEqualTo("carts.removeItem");
    assertThat(match.pathParams()).isEqualTo(Map.of("id", "abc", "productId", "42"));
  }

  @Test
  void trailingSlashMatchesTheSameRoute() {
    assertThat(router.match(GET, "/products/").route().label()).isEqualTo("products.list");
  }

  @Test
  void knownPathWithWrongMethodListsTheAllowedOnes() {
    RouteMatch match = router.match(DELETE, "/carts/abc");

    assertThat(match.found()).isFalse();
    assertThat(match.allowedMethods()).containsExactly(GET);
  }

  @Test
  void unknownPathAllowsNothing() {
    RouteMatch match = router.match(POST, "/carts/abc/items/1/extra");

    assertThat(match.found()).isFalse();
    assertThat(match.allowedMethods()).isEmpty();
  }

  @Test
  void everyRouteLabelHasALatencyMBean() {
    assertThat(ShopRoutes.latencyLabels())
        .containsAll(router.routes().stream().map(Route::label).toList())
        .hasSize(router.routes().size() + 1);
  }
}
