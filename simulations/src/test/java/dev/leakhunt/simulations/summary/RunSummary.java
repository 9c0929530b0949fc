package dev.leakhunt.simulations.summary;

/**
 * The machine-readable record of a Gatling run that Gatling itself no longer writes: what was asked
 * and what the shoppers saw. Written as JSON at the end of the run; the soak command reads it.
 *
 * @param simulation the simulation class
 * @param baseUrl target base URL
 * @param profile load profile id
 * @param usersPerSec asked arrival rate, shoppers per second
 * @param rampSeconds asked ramp
 * @param durationSeconds asked steady duration
 * @param sloP99Millis asserted p99 bound, milliseconds
 * @param sloMaxErrorPercent asserted failed-request bound, percent
 * @param startedAtMs when the load started, epoch ms
 * @param endedAtMs when the last shopper finished, epoch ms
 * @param counts what the shoppers saw
 */
public record RunSummary(
    String simulation,
    String baseUrl,
    String profile,
    double usersPerSec,
    int rampSeconds,
    int durationSeconds,
    int sloP99Millis,
    double sloMaxErrorPercent,
    long startedAtMs,
    long endedAtMs,
    Counts counts) {

  /**
   * Client-side counts of shop outcomes.
   *
   * @param cartsCreated carts created (201)
   * @param cartsAbandoned carts left without checkout
   * @param itemsAdded cart lines added
   * @param itemsRemoved cart lines removed
   * @param checkoutsPlaced checkouts answered 201 (orders the shop must hold)
   * @param unitsOrdered units in the carts of those checkouts (units the shop must have sold)
   * @param checkoutsOutOfStock checkouts answered 409
   * @param checkoutsFailed checkouts with no valid answer (error status, timeout)
   * @param checkoutRetriesSameOrder same-key retries answered 200 with the same order
   * @param checkoutRetriesFailed same-key retries answered otherwise
   * @param shoppersArrived shoppers injected (started their journey)
   */
  public record Counts(
      long cartsCreated,
      long cartsAbandoned,
      long itemsAdded,
      long itemsRemoved,
      long checkoutsPlaced,
      long unitsOrdered,
      long checkoutsOutOfStock,
      long checkoutsFailed,
      long checkoutRetriesSameOrder,
      long checkoutRetriesFailed,
      long shoppersArrived) {}
}
