package dev.leakhunt.shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakhunt.shop.failure.Problem;
import dev.leakhunt.shop.failure.ShopException;
import org.junit.jupiter.api.Test;

class CatalogTest {
  private final Catalog catalog = new Catalog(CatalogGenerator.generate(10_000));

  @Test
  void generatedCatalogIsTheSameOnEveryStart() {
    assertThat(CatalogGenerator.generate(10_000)).isEqualTo(catalog.all());
    assertThat(catalog.product(1))
        .isEqualTo(new Product(1, "Compact books item 1", "books", 199 + 7919, 51));
  }

  @Test
  void everyCategoryHoldsAnEqualShare() {
    assertThat(catalog.categories()).hasSize(20);
    assertThat(catalog.list("pets", 1, 1).totalItems()).isEqualTo(500);
  }

  @Test
  void stockStaysWithinTwentyToTwoHundred() {
    assertThat(catalog.all()).allMatch(p -> p.initialStock() >= 20 && p.initialStock() <= 200);
  }

  @Test
  void lastPartialPageHoldsTheRemainder() {
    Page<Product> page = catalog.list(null, 334, 30);

    assertThat(page.items()).hasSize(10);
    assertThat(page.items().get(9).id()).isEqualTo(10_000);
  }

  @Test
  void unknownIdIsNotFoundNamingTheRange() {
    assertThatThrownBy(() -> catalog.product(0))
        .isInstanceOf(ShopException.class)
        .hasMessage("no product with id 0 (product ids run from 1 to 10000)")
        .extracting(e -> ((ShopException) e).problem())
        .isEqualTo(Problem.NOT_FOUND);
  }

  @Test
  void oversizedPageIsBadRequest() {
    assertThatThrownBy(() -> catalog.list(null, 1, 101))
        .hasMessage("size must be between 1 and 100 (got 101)");
  }
}
