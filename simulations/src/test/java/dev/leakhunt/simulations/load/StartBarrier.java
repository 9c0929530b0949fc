package dev.leakhunt.simulations.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The common start of several injectors, so their shares of the arrival rate add up from the first
 * second. On several machines it is a wall-clock instant ({@link #await(long)}): an instant further
 * ahead than {@link #MAX_WAIT} is refused at once (a typo or a clock far off), and an injector that
 * arrives late starts at once and says by how much. On one machine it is a folder of ready marks
 * ({@link #awaitPeers}): each injector marks itself ready and all start once the last one is up,
 * however long their JVMs took. Every wait is bounded by {@link #MAX_WAIT}.
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

  /**
   * Marks injector {@code index} ready in {@code dir} and waits until all {@code count} are.
   *
   * @return how long this injector waited for the others, milliseconds
   * @throws IllegalStateException when the others are not all ready within {@link #MAX_WAIT}
   */
  public long awaitPeers(Path dir, int index, int count) throws IOException, InterruptedException {
    long startMs = clockMs.getAsLong();
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(readyMark(index)), String.valueOf(startMs));
    long pollMs = 20;
    for (long polls = 0; polls <= MAX_WAIT.toMillis() / pollMs; polls++) {
      if (readyCount(dir, count) == count) {
        return clockMs.getAsLong() - startMs;
      }
      if (clockMs.getAsLong() - startMs > MAX_WAIT.toMillis()) {
        break;
      }
      sleeper.sleep(pollMs);
    }
    throw new IllegalStateException(
        "only "
            + readyCount(dir, count)
            + " of "
            + count
            + " injectors were ready after "
            + MAX_WAIT.toMinutes()
            + " min in "
            + dir);
  }

  private static int readyCount(Path dir, int count) {
    int ready = 0;
    for (int peer = 1; peer <= count; peer++) {
      if (Files.exists(dir.resolve(readyMark(peer)))) {
        ready++;
      }
    }
    return ready;
  }

  private static String readyMark(int index) {
    return "ready-" + index;
  }
}
