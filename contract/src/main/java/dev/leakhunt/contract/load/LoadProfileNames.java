package dev.leakhunt.contract.load;

import java.util.List;

/**
 * The load profiles of the Gatling simulation, as {@code ./soak --profile} takes them and the
 * simulation's {@code profile} property reads them (its {@code LoadProfile} enum, lower case).
 */
public final class LoadProfileNames {
  public static final String SMOKE = "smoke";
  public static final String SOAK = "soak";
  public static final String STRESS = "stress";
  public static final String SPIKE = "spike";

  /** Every profile, in the order the simulation lists them. */
  public static final List<String> ALL = List.of(SMOKE, SOAK, STRESS, SPIKE);

  private LoadProfileNames() {}
}
