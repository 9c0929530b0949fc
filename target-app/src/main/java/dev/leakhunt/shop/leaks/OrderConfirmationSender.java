package dev.leakhunt.shop.leaks;

import dev.leakhunt.shop.checkout.Order;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Sends the order confirmation for each placed order, and the {@code stuck-threads} bug.
 *
 * <p>Clean: one shared sender thread ({@code order-confirmation-sender}). The bug: a new thread per
 * order ({@code order-confirmation-N}) that hands the mail to the relay and then waits for an
 * acknowledgement with no timeout; the relay never acknowledges, so the thread never ends. {@code
 * --leak-amplify N} starts N such threads per order (one per recipient).
 */
public final class OrderConfirmationSender implements Consumer<Order>, AutoCloseable {
  private static final AtomicLong THREAD_SEQUENCE = new AtomicLong();

  private final boolean leaky;
  private final int threadsPerOrder;
  private final AtomicLong confirmationsSent = new AtomicLong();
  private final CountDownLatch relayAcknowledged = new CountDownLatch(1);
  private final ExecutorService sharedSender =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "order-confirmation-sender");
            thread.setDaemon(true);
            return thread;
          });

  /** Creates the sender for these settings. */
  public OrderConfirmationSender(LeakSettings settings) {
    this.leaky = settings.isOn(LeakScenario.STUCK_THREADS);
    this.threadsPerOrder = settings.amplify();
  }

  @Override
  public void accept(Order order) {
    if (!leaky) {
      sharedSender.execute(confirmationsSent::incrementAndGet);
      return;
    }
    for (int i = 0; i < threadsPerOrder; i++) {
      Thread sender =
          new Thread(
              this::sendAndAwaitAcknowledgement,
              "order-confirmation-" + THREAD_SEQUENCE.incrementAndGet());
      sender.setDaemon(true);
      sender.start();
    }
  }

  private void sendAndAwaitAcknowledgement() {
    confirmationsSent.incrementAndGet();
    try {
      relayAcknowledged.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Confirmations handed to the mail relay so far. */
  public long confirmationsSent() {
    return confirmationsSent.get();
  }

  @Override
  public void close() throws InterruptedException {
    sharedSender.shutdown();
    sharedSender.awaitTermination(5, TimeUnit.SECONDS);
  }
}
