package dev.leakhunt.simulations.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StartBarrierTest {
  private final AtomicLong nowMs = new AtomicLong(1_000_000L);
  private final List<Long> sleepsMs = new ArrayList<>();
  private final StartBarrier barrier =
      new StartBarrier(
          nowMs::get,
          millis -> {
            sleepsMs.add(millis);
            nowMs.addAndGet(millis);
          });

  @Test
  void waitsUntilTheCommonStartInOneSecondSlices() throws Exception {
    long late = barrier.await(nowMs.get() + 2_500);

    assertThat(late).isZero();
    assertThat(sleepsMs).containsExactly(1_000L, 1_000L, 500L);
    assertThat(nowMs.get()).isEqualTo(1_002_500L);
  }

  @Test
  void aLateInjectorStartsAtOnceAndSaysHowLate() throws Exception {
    assertThat(barrier.await(nowMs.get() - 1_234)).isEqualTo(1_234L);
    assertThat(sleepsMs).isEmpty();
  }

  @Test
  void aStartFurtherAheadThanTheBoundIsRefusedWithoutWaiting() {
    assertThatThrownBy(() -> barrier.await(nowMs.get() + StartBarrier.MAX_WAIT.toMillis() + 1_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("startAtEpochMs is 901 s ahead; an injector waits at most 15 min");
    assertThat(sleepsMs).isEmpty();
  }

  @Test
  void aClockThatNeverReachesTheStartEndsTheWaitAfterTheBoundedNumberOfSlices() throws Exception {
    StartBarrier stuck = new StartBarrier(() -> 0L, sleepsMs::add);

    stuck.await(10_000);

    assertThat(sleepsMs).hasSize((int) StartBarrier.MAX_WAIT.toSeconds() + 1);
  }

  @Test
  void peersStartTogetherOnceTheLastIsReady(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("ready-2"), "0");
    StartBarrier waitsForThird =
        new StartBarrier(
            nowMs::get,
            millis -> {
              sleepsMs.add(millis);
              nowMs.addAndGet(millis);
              if (sleepsMs.size() == 3) {
                try {
                  java.nio.file.Files.writeString(dir.resolve("ready-3"), "0");
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }
            });

    long waited = waitsForThird.awaitPeers(dir, 1, 3);

    assertThat(waited).isEqualTo(60L);
    assertThat(dir.resolve("ready-1")).exists();
  }

  @Test
  void aPeerThatNeverComesEndsTheWaitAfterTheBound(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    assertThatThrownBy(() -> barrier.awaitPeers(dir, 1, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("only 1 of 2 injectors were ready after 15 min");
    assertThat(nowMs.get() - 1_000_000L).isBetween(900_000L, 900_040L);
  }
}
