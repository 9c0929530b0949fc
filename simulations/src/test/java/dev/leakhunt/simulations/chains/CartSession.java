package dev.leakhunt.simulations.chains;

import dev.leakhunt.simulations.summary.RunCounters;
import io.gatling.javaapi.core.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Session hooks that keep the shopper's own view of the cart (product id to units) and count
 * outcomes, so the run can compare what shoppers bought with what the shop says it sold.
 */
final class CartSession {
  static final String LINES = "cartLines";

  private final RunCounters counters;

  CartSession(RunCounters counters) {
    this.counters = counters;
  }

  Session opened(Session session) {
    counters.cartCreated();
    return session.set(LINES, Map.<Long, Integer>of());
  }

  Session lineAdded(Session session) {
    Map<Long, Integer> lines = new LinkedHashMap<>(lines(session));
    lines.merge(session.getLong("productId"), session.getInt("quantity"), Integer::sum);
    counters.itemAdded();
    return session.set(LINES, Map.copyOf(lines));
  }

  int lineCount(Session session) {
    return lines(session).size();
  }

  Session pickLineToRemove(Session session) {
    List<Long> productIds = List.copyOf(lines(session).keySet());
    long productId = productIds.get(ThreadLocalRandom.current().nextInt(productIds.size()));
    return session.set("removeProductId", productId);
  }

  Session lineRemoved(Session session) {
    Map<Long, Integer> lines = new LinkedHashMap<>(lines(session));
    lines.remove(session.getLong("removeProductId"));
    counters.itemRemoved();
    return session.set(LINES, Map.copyOf(lines));
  }

  Session abandoned(Session session) {
    counters.cartAbandoned();
    return session;
  }

  /** Counts the checkout by its answer; a failed one may or may not have placed an order. */
  Session checkoutAnswered(Session session) {
    if (session.isFailed() || !session.contains("checkoutStatus")) {
      counters.checkoutFailed();
      return session.remove("orderId");
    }
    int status = session.getInt("checkoutStatus");
    if (status == 201 && session.contains("orderId")) {
      counters.checkoutPlaced(units(session));
      return session;
    }
    if (status == 409) {
      counters.checkoutOutOfStock();
    } else {
      counters.checkoutFailed();
    }
    return session.remove("orderId");
  }

  Session retryAnswered(Session session) {
    if (session.isFailed()) {
      counters.checkoutRetryFailed();
    } else {
      counters.checkoutRetrySameOrder();
    }
    return session;
  }

  static long units(Session session) {
    return lines(session).values().stream().mapToLong(Integer::longValue).sum();
  }

  private static Map<Long, Integer> lines(Session session) {
    Map<Long, Integer> lines = session.get(LINES);
    return lines == null ? Map.of() : lines;
  }
}
