package dev.leakhunt.shop.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakhunt.shop.cart.Cart;
import dev.leakhunt.shop.cart.CartStore;
import dev.leakhunt.shop.catalog.Catalog;
import dev.leakhunt.shop.catalog.Inventory;
import dev.leakhunt.shop.catalog.Product;
import dev.leakhunt.shop.failure.Problem;
import dev.leakhunt.shop.failure.ShopException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckoutServiceTest {
  private final List<Product> products =
      List.of(new Product(1, "Lamp", "home", 1000, 5), new Product(2, "Rug", "home", 2500, 1));
  private final Catalog catalog = new Catalog(products);
  private final Inventory inventory = new Inventory(products);
  private final CartStore carts = new CartStore(Duration.ofMinutes(1), 16, () -> 42L);
  private final List<Order> confirmed = new ArrayList<>();
  private final CheckoutService checkout =
      new CheckoutService(catalog, inventory, carts, new OrderBook(100), confirmed::add, () -> 42L);

  @Test
  void checkoutPricesTheCartReservesStockAndConfirmsOnce() {
    Cart cart = carts.create();
    cart.add(1, 2);
    cart.add(2, 1);

    Placement placement = checkout.checkout(cart.id(), "k1");

    assertThat(placement.replayed()).isFalse();
    assertThat(placement.order().totalCents()).isEqualTo(2 * 1000 + 2500);
    assertThat(inventory.unitsInStock(1)).isEqualTo(3);
    assertThat(inventory.unitsInStock(2)).isZero();
    assertThat(confirmed).containsExactly(placement.order());
    assertThat(carts.size()).isZero();
  }

  @Test
  void failedConfirmationCountsNoOrderAndTheRetryKeepsTheInvariant() {
    Cart cart = carts.create();
    cart.add(1, 1);
    CheckoutService failingConfirmation =
        new CheckoutService(
            catalog,
            inventory,
            carts,
            new OrderBook(100),
            order -> {
              throw new IllegalStateException("mail relay down");
            },
            () -> 42L);

    assertThatThrownBy(() -> failingConfirmation.checkout(cart.id(), "k1"))
        .hasMessage("mail relay down");
    assertThat(failingConfirmation.ordersPlaced())
        .isEqualTo(
            failingConfirmation.checkoutsSucceeded() - failingConfirmation.checkoutsReplayed())
        .isZero();

    Placement retry = failingConfirmation.checkout(cart.id(), "k1");

    assertThat(retry.replayed()).isTrue();
    assertThat(failingConfirmation.ordersPlaced())
        .isEqualTo(
            failingConfirmation.checkoutsSucceeded() - failingConfirmation.checkoutsReplayed());
    assertThat(failingConfirmation.unitsSold()).isEqualTo(1);
    assertThat(inventory.unitsInStock(1)).isEqualTo(4);
  }

  @Test
  void retryWithSameKeyReplaysTheOrderWithoutReservingAgain() {
    Cart cart = carts.create();
    cart.add(1, 1);
    Order first = checkout.checkout(cart.id(), "k1").order();

    Placement retry = checkout.checkout(cart.id(), "k1");

    assertThat(retry.replayed()).isTrue();
    assertThat(retry.order()).isSameAs(first);
    assertThat(inventory.unitsInStock(1)).isEqualTo(4);
    assertThat(checkout.ordersPlaced()).isEqualTo(1);
    assertThat(checkout.checkoutsSucceeded()).isEqualTo(2);
    assertThat(confirmed).hasSize(1);
  }

  @Test
  void outOfStockNamesTheProductAndRollsBackEarlierLines() {
    Cart cart = carts.create();
    cart.add(1, 3);
    cart.add(2, 2);

    assertThatThrownBy(() -> checkout.checkout(cart.id(), "k1"))
        .isInstanceOf(ShopException.class)
        .hasMessage(
            "out of stock: product 2 ('Rug') has 1 units left, the cart wants 2; lower the"
                + " quantity or remove the line")
        .extracting(e -> ((ShopException) e).problem())
        .isEqualTo(Problem.CONFLICT);
    assertThat(inventory.unitsInStock(1)).isEqualTo(5);
    assertThat(cart.isCheckedOut()).isFalse();
    assertThat(checkout.ordersPlaced()).isZero();
  }

  @Test
  void refusedCheckoutCanBeRetriedWithTheSameKeyAfterFixingTheCart() {
    Cart cart = carts.create();
    cart.add(2, 2);
    assertThatThrownBy(() -> checkout.checkout(cart.id(), "k1")).hasMessageStartingWith("out of");
    cart.remove(2);
    cart.add(2, 1);

    assertThat(checkout.checkout(cart.id(), "k1").replayed()).isFalse();
  }

  @Test
  void keyReusedForAnotherCartIsUnprocessable() {
    Cart first = carts.create();
    first.add(1, 1);
    Cart second = carts.create();
    second.add(1, 1);
    checkout.checkout(first.id(), "k1");

    assertThatThrownBy(() -> checkout.checkout(second.id(), "k1"))
        .hasMessageContaining("was already used for cart " + first.id());
  }

  @Test
  void missingKeyIsBadRequest() {
    assertThatThrownBy(() -> checkout.checkout("any", " "))
        .hasMessageStartingWith("header Idempotency-Key is required");
  }

  @Test
  void orderBookForgetsOrdersBeyondItsRetention() {
    OrderBook book = new OrderBook(2);
    for (int i = 1; i <= 3; i++) {
      int n = i;
      book.placeOnce("k" + n, () -> new Order("o" + n, "c", "k" + n, List.of(), 0, 0));
    }

    assertThat(book.size()).isEqualTo(2);
    assertThat(book.find("o1")).isEmpty();
    assertThat(book.find("o3")).isPresent();
  }
}
