package dev.leakhunt.shop.leaks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.shop.catalog.CatalogGenerator;
import dev.leakhunt.shop.catalog.Product;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductPageCacheTest {
  private final List<Product> products = CatalogGenerator.generate(3000);

  @Test
  void cacheFillsToItsCapacityAndNoFurther() {
    ProductPageCache cache =
        new ProductPageCache(new LeakSettings(EnumSet.of(LeakScenario.BOUNDED_CACHE), 1));

    products.subList(0, 600).forEach(cache::remember);
    assertThat(cache.size()).isEqualTo(600);
    products.forEach(cache::remember);
    assertThat(cache.size()).isEqualTo(ProductPageCache.CAPACITY);
  }

  @Test
  void switchedOffCacheHoldsNothing() {
    ProductPageCache cache = new ProductPageCache(LeakSettings.none());

    products.forEach(cache::remember);

    assertThat(cache.size()).isZero();
  }
}
