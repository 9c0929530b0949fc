package dev.leakhunt.simulations.feeders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class ShopFeedersTest {
  private static final CatalogSnapshot CATALOG =
      new CatalogSnapshot(List.of("books", "music", "games", "toys"), 10_000);

  @Test
  void categoryPagesStayWithinTheFirstFivePagesOfKnownCategories() {
    Iterator<Map<String, Object>> pages = new ShopFeeders(CATALOG).categoryPages();
    Set<Object> seenPages = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      Map<String, Object> record = pages.next();
      assertThat(CATALOG.categories()).contains((String) record.get("category"));
      seenPages.add(record.get("page"));
    }
    assertThat(seenPages).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
  }

  @Test
  void tinyCatalogOnlyListsItsSinglePage() {
    CatalogSnapshot tiny = new CatalogSnapshot(List.of("books", "music"), 30);
    Iterator<Map<String, Object>> pages = new ShopFeeders(tiny).categoryPages();
    for (int i = 0; i < 200; i++) {
      assertThat(pages.next().get("page")).isEqualTo(1);
    }
  }

  @Test
  void cartLinesUseExistingProductIdsAndOneToThreeUnits() {
    Iterator<Map<String, Object>> lines = new ShopFeeders(CATALOG).cartLines();
    for (int i = 0; i < 5_000; i++) {
      Map<String, Object> line = lines.next();
      assertThat((Long) line.get("productId")).isBetween(1L, 10_000L);
      assertThat((Integer) line.get("quantity")).isBetween(1, 3);
    }
  }

  @Test
  void quantitiesAreMostlyOneUnit() {
    int samples = 100_000;
    int[] counts = new int[4];
    for (int i = 0; i < samples; i++) {
      counts[ShopFeeders.quantity(ThreadLocalRandom.current())]++;
    }
    // 60 / 25 / 15 % with 100k samples: +-1 percentage point is > 4 standard deviations.
    assertThat(counts[1] * 100.0 / samples).isBetween(59.0, 61.0);
    assertThat(counts[2] * 100.0 / samples).isBetween(24.0, 26.0);
    assertThat(counts[3] * 100.0 / samples).isBetween(14.0, 16.0);
  }

  @Test
  void idempotencyKeysAreNeverReused() {
    Iterator<Map<String, Object>> keys = ShopFeeders.idempotencyKeys();
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seen.add(keys.next().get("idempotencyKey"));
    }
    assertThat(seen).hasSize(10_000);
  }

  @Test
  void emptyCatalogIsRefusedWithTheFix() {
    assertThatThrownBy(() -> new CatalogSnapshot(List.of(), 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the shop's catalog is empty (0 categories, 0 products); start it with --products 1 or"
                + " more");
  }

  @Test
  void oneSeedGivesOneSequenceAndAnotherSeedAnother() {
    List<Map<String, Object>> first = take(new ShopFeeders(CATALOG, 1L).cartLines(), 50);
    List<Map<String, Object>> again = take(new ShopFeeders(CATALOG, 1L).cartLines(), 50);
    List<Map<String, Object>> second = take(new ShopFeeders(CATALOG, 2L).cartLines(), 50);

    assertThat(again).isEqualTo(first);
    assertThat(second).isNotEqualTo(first);
    assertThat(take(new ShopFeeders(CATALOG, 2L).categoryPages(), 50))
        .isNotEqualTo(take(new ShopFeeders(CATALOG, 3L).categoryPages(), 50));
  }

  private static List<Map<String, Object>> take(Iterator<Map<String, Object>> feeder, int count) {
    List<Map<String, Object>> records = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      records.add(feeder.next());
    }
    return records;
  }
}
