package dev.leakhunt.analyzer.sampler.diagnosis;

/** The dedicated class the {@code heap} scenario leaks, so histograms and JFR can name it. */
public final class LeakedOrder {
  final int id;
  final byte[] payload;

  public LeakedOrder(int id) {
    this.id = id;
    this.payload = new byte[512];
  }
}
