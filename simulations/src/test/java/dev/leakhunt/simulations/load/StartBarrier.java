package dev.leakhunt.simulations.load;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The common start of several injectors: each waits until the same wall-clock instant before it
 * injects, so their shares of the arrival rate add up from the first second. The wait is bounded:
 * an instant further ahead than {@link #MAX_WAIT} is refused at once (a typo or a clock far off),
 * and an injector that arrives late starts at once and says by how much.
 */
public final class StartBarrier {
  /** The longest an injector waits for the start; enough for agents to check out and build. */
  public static final Duration MAX_WAIT = Duration.ofMinutes(15);

  /** Sleeps for the given milliseconds; replaced in tests. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  private final LongSupplier clockMs;
  private final Sleeper sleeper;

  /** A barrier on the system clock. */
  public StartBarrier() {
    this(System::currentTimeMillis, Thread::sleep);
  }

  StartBarrier(LongSupplier clockMs, Sleeper sleeper) {
    this.clockMs = clockMs;
    this.sleeper = sleeper;
  }

  /**
   * Waits until {@code startAtEpochMs}.
   *
   * @return how late this injector started, milliseconds (a few when it waited for the instant)
   * @throws IllegalArgumentException when the instant is more than {@link #MAX_WAIT} ahead
   */
  public long await(long startAtEpochMs) throws InterruptedException {
    long aheadMs = startAtEpochMs - clockMs.getAsLong();
    if (aheadMs > MAX_WAIT.toMillis()) {
      throw new IllegalArgumentException(
          "startAtEpochMs is "
              + Duration.ofMillis(aheadMs).toSeconds()
              + " s ahead; an injector waits at most "
              + MAX_WAIT.toMinutes()
              + " min (check the instant and the clocks of the injector machines)");
    }
    // Sleep in slices so a clock step (NTP) cannot stretch the wait past the bound.
    for (int slice = 0; slice < MAX_WAIT.toSeconds() + 1; slice++) {
      long remainingMs = startAtEpochMs - clockMs.getAsLong();
      if (remainingMs <= 0) {
        return -remainingMs;
      }
      sleeper.sleep(Math.min(remainingMs, 1_000));
    }
    return Math.max(0, clockMs.getAsLong() - startAtEpochMs);
  }
}
