package dev.leakhunt.soak.target;

import dev.leakhunt.contract.shop.ReadyLine;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A started shop process; {@link #stop} ends it with SIGTERM first, as an operator would. */
public final class RunningShop implements AutoCloseable {
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(20);

  private final Process process;
  private final ReadyLine ready;

  RunningShop(Process process, ReadyLine ready) {
    this.process = process;
    this.ready = ready;
  }

  /** The addresses the shop announced. */
  public ReadyLine ready() {
    return ready;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Sends SIGTERM and waits up to {@code grace}; kills the shop past it. Safe to call again.
   *
   * @return the shop's exit code (143 after SIGTERM and its shutdown hooks), or -1 when it had to
   *     be killed
   */
  public int stop(Duration grace) throws InterruptedException {
    if (!process.isAlive()) {
      return process.exitValue();
    }
    process.destroy();
    if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      return process.exitValue();
    }
    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    return -1;
  }

  @Override
  public void close() throws InterruptedException {
    stop(CLOSE_GRACE);
  }
}
