package dev.leakhunt.shop.leaks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.shop.cart.CartStore;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CartEvictionScheduleTest {
  private final AtomicLong nowMs = new AtomicLong();

  @Test
  void cleanScheduleKeepsEvicting() throws Exception {
    CartStore carts = new CartStore(Duration.ofMillis(10), 16, nowMs::get);
    Runnable task = new CartEvictionSchedule(LeakSettings.none()).evictionTask(carts);

    for (int round = 0; round < 3; round++) {
      carts.create();
      nowMs.addAndGet(11);
      task.run();
      assertThat(carts.size()).isZero();
    }
  }

  @Test
  void leakyScheduleIsSilentlyCancelledByItsExecutorAfterTheFirstRun() throws Exception {
    CartStore carts = new CartStore(Duration.ofMillis(10), 16, nowMs::get);
    LeakSettings leaky = new LeakSettings(EnumSet.of(LeakScenario.ABANDONED_CARTS), 4);
    CartEvictionSchedule schedule = new CartEvictionSchedule(leaky);
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    try {
      carts.create();
      nowMs.addAndGet(11);
      ScheduledFuture<?> future =
          executor.scheduleWithFixedDelay(
              schedule.evictionTask(carts), 0, 5, TimeUnit.MILLISECONDS);
      Thread.sleep(100);

      assertThat(future.isDone()).isTrue(); // the periodic task is dead, nobody was told
      assertThat(carts.size()).isEqualTo(1);
      assertThat(schedule.guestSessionBytes()).isEqualTo(4 * 1024);
    } finally {
      executor.shutdownNow();
    }
  }
}
