package dev.leakhunt.analyzer.it;

import dev.leakhunt.analyzer.sampler.diagnosis.ShopTraffic;
import dev.leakhunt.testkit.ShopJvm;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** One shopper journey every 100 ms in the background until closed, at most {@code limitMs}. */
final class BackgroundTraffic implements AutoCloseable {
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger journeys = new AtomicInteger();
  private final AtomicInteger failedJourneys = new AtomicInteger();
  private final ShopTraffic traffic;
  private final CompletableFuture<Void> loop;

  /** A journey against the shop, e.g. {@code t -> t.placeOrders(1)}. */
  @FunctionalInterface
  interface Journey {
    void run(ShopTraffic traffic) throws Exception;
  }

  private BackgroundTraffic(ShopJvm shop, Journey journey, long limitMs) {
    traffic = new ShopTraffic(shop.baseUrl());
    long deadlineMs = System.currentTimeMillis() + limitMs;
    loop =
        CompletableFuture.runAsync(
            () -> {
              while (running.get() && System.currentTimeMillis() < deadlineMs) {
                try {
                  journey.run(traffic);
                  journeys.incrementAndGet();
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                } catch (Exception e) {
                  // A dropped keep-alive connection costs one journey; the verdict is the test.
                  failedJourneys.incrementAndGet();
                }
              }
            });
  }

  static BackgroundTraffic start(ShopJvm shop, long limitMs, Journey journey) {
    return new BackgroundTraffic(shop, journey, limitMs);
  }

  int journeys() {
    return journeys.get();
  }

  int failedJourneys() {
    return failedJourneys.get();
  }

  @Override
  public void close() throws Exception {
    running.set(false);
    try {
      loop.get();
    } finally {
      traffic.close();
    }
  }
}
