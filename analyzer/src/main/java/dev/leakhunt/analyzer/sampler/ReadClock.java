package dev.leakhunt.analyzer.sampler;

import java.util.function.LongSupplier;

/**
 * Stamps a value read from the target with the wall-clock time it was read: the middle of the call
 * that fetched it, so the stamp moves with the value however slow the target answers.
 *
 * <p>Why not one time per sample: a sample is some fifty JMX calls in turn, and on a loaded machine
 * they took up to 17 s (the accuracy corpus of 2026-11-30, 16 JVMs on 2 cores). Stamped with the
 * sample's start, the values read last (descriptors, threads, direct buffers) were seconds younger
 * than their stamps, by 7-9 s in the first minutes and 0.3-4 s later as the load fell: the slopes
 * read 1.5-2.3 % below the workloads' logged rates (exactly the drift of that lag per second of
 * window), and the 95 % intervals, 1-2 % wide, missed them.
 */
final class ReadClock {
  /** The wall clock of this machine. */
  static final ReadClock SYSTEM = new ReadClock(System::currentTimeMillis);

  private final LongSupplier wallMs;

  /**
   * @param wallMs the wall clock, ms since the epoch
   */
  ReadClock(LongSupplier wallMs) {
    this.wallMs = wallMs;
  }

  /** A call to the target, e.g. a JMX read failing with {@link IOException}. */
  @FunctionalInterface
  interface Call<T, E extends Exception> {
    T get() throws E;
  }

  /**
   * A value and the time it was read.
   *
   * @param atMs the middle of the call that read it, ms since the epoch
   * @param value what the call returned
   */
  record Stamped<T>(long atMs, T value) {}

  /** Runs {@code call} and stamps its result with the middle of the call. */
  <T, E extends Exception> Stamped<T> read(Call<T, E> call) throws E {
    long beforeMs = wallMs.getAsLong();
    T value = call.get();
    long afterMs = wallMs.getAsLong();
    return new Stamped<>(beforeMs + (afterMs - beforeMs) / 2, value);
  }

  /** The wall-clock time now, ms since the epoch. */
  long nowMs() {
    return wallMs.getAsLong();
  }
}
