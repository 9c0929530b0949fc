package dev.leakhunt.shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InventoryTest {
  private final Inventory inventory =
      new Inventory(
          List.of(new Product(1, "a", "books", 100, 10), new Product(2, "b", "books", 100, 5)));

  @Test
  void reservationTakesUnitsOnlyWhenEnoughAreLeft() {
    assertThat(inventory.tryReserve(2, 4)).isTrue();
    assertThat(inventory.tryReserve(2, 2)).isFalse();
    assertThat(inventory.unitsInStock(2)).isEqualTo(1);
    assertThat(inventory.unitsRemaining()).isEqualTo(11);
    assertThat(inventory.initialUnits()).isEqualTo(15);
  }

  @Test
  void releasePutsUnitsBack() {
    inventory.tryReserve(1, 10);
    inventory.release(1, 3);

    assertThat(inventory.unitsInStock(1)).isEqualTo(3);
  }

  @Test
  void racingReservationsSellExactlyTheStockAndNeverGoNegative() throws Exception {
    Inventory scarce = new Inventory(List.of(new Product(1, "a", "books", 100, 1000)));
    AtomicInteger sold = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      threads.add(
          startThread(
              () -> {
                for (int i = 0; i < 500; i++) {
                  if (scarce.tryReserve(1, 1)) {
                    sold.incrementAndGet();
                  }
                }
              }));
    }
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(sold.get()).isEqualTo(1000);
    assertThat(scarce.unitsInStock(1)).isZero();
    assertThat(scarce.negativeStockProducts()).isZero();
  }

  private static Thread startThread(Runnable task) {
    Thread thread = new Thread(task);
    thread.start();
    return thread;
  }
}
