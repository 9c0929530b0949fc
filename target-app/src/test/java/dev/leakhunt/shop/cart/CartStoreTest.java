package dev.leakhunt.shop.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CartStoreTest {
  private final AtomicLong nowMs = new AtomicLong(1_000_000);
  private final CartStore carts = new CartStore(Duration.ofSeconds(30), 1024, nowMs::get);

  @Test
  void idleCartsAreEvictedAfterTheTtl() {
    Cart idle = carts.create();
    nowMs.addAndGet(20_000);
    Cart used = carts.create();
    nowMs.addAndGet(10_001);

    assertThat(carts.evictIdle()).isEqualTo(1);
    assertThat(carts.size()).isEqualTo(1);
    assertThat(carts.use(used.id())).isSameAs(used);
    assertThatThrownBy(() -> carts.use(idle.id())).hasMessageContaining("expire after 30s idle");
  }

  @Test
  void usingACartKeepsItAlive() {
    Cart cart = carts.create();
    for (int i = 0; i < 10; i++) {
      nowMs.addAndGet(20_000);
      carts.use(cart.id());
      carts.evictIdle();
    }

    assertThat(carts.size()).isEqualTo(1);
  }

  @Test
  void cartsCarryTheConfiguredGuestSession() {
    assertThat(carts.create().guestSessionBytes()).isEqualTo(1024);
  }

  @Test
  void linesMergeAndAreCappedAtNinetyNine() {
    Cart cart = carts.create();
    cart.add(5, 50);

    assertThat(cart.add(5, 49)).containsExactly(new CartLine(5, 99));
    assertThatThrownBy(() -> cart.add(5, 1)).hasMessageContaining("would have 100");
  }

  @Test
  void checkedOutCartRefusesChanges() {
    Cart cart = carts.create();
    cart.add(1, 1);

    assertThat(cart.claimForCheckout()).isTrue();
    assertThat(cart.claimForCheckout()).isFalse();
    assertThatThrownBy(() -> cart.add(2, 1)).hasMessageContaining("already checked out");
  }
}
