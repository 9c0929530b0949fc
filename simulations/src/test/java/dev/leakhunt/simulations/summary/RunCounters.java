package dev.leakhunt.simulations.summary;

import java.util.concurrent.atomic.LongAdder;

/**
 * What the shoppers saw happen, counted from session hooks: the client side of the end-of-run
 * invariants (the shop's {@code /stats} is the server side). Thread-safe.
 */
public final class RunCounters {
  private final LongAdder cartsCreated = new LongAdder();
  private final LongAdder cartsAbandoned = new LongAdder();
  private final LongAdder itemsAdded = new LongAdder();
  private final LongAdder itemsRemoved = new LongAdder();
  private final LongAdder checkoutsPlaced = new LongAdder();
  private final LongAdder unitsOrdered = new LongAdder();
  private final LongAdder checkoutsOutOfStock = new LongAdder();
  private final LongAdder checkoutsFailed = new LongAdder();
  private final LongAdder checkoutRetriesSameOrder = new LongAdder();
  private final LongAdder checkoutRetriesFailed = new LongAdder();
  private final LongAdder shoppersArrived = new LongAdder();

  /** A shopper arrived (the open model injected one): the achieved arrival rate's numerator. */
  public void shopperArrived() {
    shoppersArrived.increment();
  }

  /** A cart was created (201). */
  public void cartCreated() {
    cartsCreated.increment();
  }

  /** A shopper left with a non-empty cart and never came back. */
  public void cartAbandoned() {
    cartsAbandoned.increment();
  }

  /** A line was added to a cart. */
  public void itemAdded() {
    itemsAdded.increment();
  }

  /** A line was removed from a cart. */
  public void itemRemoved() {
    itemsRemoved.increment();
  }

  /** A checkout placed an order (201) for this many units. */
  public void checkoutPlaced(long units) {
    checkoutsPlaced.increment();
    unitsOrdered.add(units);
  }

  /** A checkout was refused for lack of stock (409): a valid answer that places no order. */
  public void checkoutOutOfStock() {
    checkoutsOutOfStock.increment();
  }

  /**
   * A checkout got no valid answer (error status or timeout): the shop may or may not have placed
   * the order, so the invariants allow this many orders of slack.
   */
  public void checkoutFailed() {
    checkoutsFailed.increment();
  }

  /** A retry with the same Idempotency-Key answered with the same order. */
  public void checkoutRetrySameOrder() {
    checkoutRetriesSameOrder.increment();
  }

  /** A retry with the same Idempotency-Key did not answer 200 with the same order. */
  public void checkoutRetryFailed() {
    checkoutRetriesFailed.increment();
  }

  /** A consistent-enough copy of the counters (each read is atomic, the set is not). */
  public RunSummary.Counts snapshot() {
    return new RunSummary.Counts(
        cartsCreated.sum(),
        cartsAbandoned.sum(),
        itemsAdded.sum(),
        itemsRemoved.sum(),
        checkoutsPlaced.sum(),
        unitsOrdered.sum(),
        checkoutsOutOfStock.sum(),
        checkoutsFailed.sum(),
        checkoutRetriesSameOrder.sum(),
        checkoutRetriesFailed.sum(),
        shoppersArrived.sum());
  }
}
