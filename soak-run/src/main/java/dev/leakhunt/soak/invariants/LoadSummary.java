package dev.leakhunt.soak.invariants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What the shoppers saw, read from the summary JSON the simulation writes at its end (the
 * simulation's {@code RunSummary}); only the counts the invariants compare.
 *
 * @param checkoutsPlaced checkouts answered 201
 * @param unitsOrdered units in the carts of those checkouts
 * @param checkoutsOutOfStock checkouts answered 409
 * @param checkoutsFailed checkouts without a valid answer (the shop may or may not have an order)
 * @param checkoutRetriesSameOrder same-key retries answered with the same order
 * @param checkoutRetriesFailed same-key retries answered otherwise
 * @param cartsCreated carts created
 * @param cartsAbandoned carts left without checkout
 */
public record LoadSummary(
    long checkoutsPlaced,
    long unitsOrdered,
    long checkoutsOutOfStock,
    long checkoutsFailed,
    long checkoutRetriesSameOrder,
    long checkoutRetriesFailed,
    long cartsCreated,
    long cartsAbandoned) {

  /**
   * Reads the summary file.
   *
   * @throws IOException when it is missing or not a summary (the simulation did not finish)
   */
  public static LoadSummary read(Path file) throws IOException {
    JsonNode counts = new ObjectMapper().readTree(file.toFile()).path("counts");
    if (!counts.isObject()) {
      throw new IOException(file + " has no 'counts' object; not a simulation run summary");
    }
    return new LoadSummary(
        counts.path("checkoutsPlaced").asLong(),
        counts.path("unitsOrdered").asLong(),
        counts.path("checkoutsOutOfStock").asLong(),
        counts.path("checkoutsFailed").asLong(),
        counts.path("checkoutRetriesSameOrder").asLong(),
        counts.path("checkoutRetriesFailed").asLong(),
        counts.path("cartsCreated").asLong(),
        counts.path("cartsAbandoned").asLong());
  }
}
