package dev.leakhunt.contract.run;

/** The units of a series, as a resource's {@code unit} in {@code verdict.json}. */
public final class Units {
  /** Memory and sizes. */
  public static final String BYTES = "bytes";

  /** Threads, classes, descriptors and anything else counted. */
  public static final String COUNT = "count";

  private Units() {}
}
