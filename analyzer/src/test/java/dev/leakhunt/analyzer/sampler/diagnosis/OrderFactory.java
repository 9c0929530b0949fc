package dev.leakhunt.analyzer.sampler.diagnosis;

/** Allocates the leaked orders: the allocation frame the JFR group must show. */
final class OrderFactory {
  private OrderFactory() {}

  static LeakedOrder newOrder(int id) {
    return new LeakedOrder(id);
  }
}
