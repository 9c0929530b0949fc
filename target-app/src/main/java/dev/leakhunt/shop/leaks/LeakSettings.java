package dev.leakhunt.shop.leaks;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which leak scenarios are switched on and how hard they leak.
 *
 * @param enabled scenarios switched on; empty for a clean shop
 * @param amplify multiplies how much each leaky request leaks, 1..10000
 */
public record LeakSettings(Set<LeakScenario> enabled, int amplify) {
  /** Largest accepted {@code --leak-amplify}. */
  public static final int MAX_AMPLIFY = 10_000;

  /** Validates and copies the arguments. */
  public LeakSettings {
    if (amplify < 1 || amplify > MAX_AMPLIFY) {
      throw new IllegalArgumentException(
          "--leak-amplify must be between 1 and " + MAX_AMPLIFY + " (got " + amplify + ")");
    }
    enabled = enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
  }

  /** A clean shop: no scenario on. */
  public static LeakSettings none() {
    return new LeakSettings(Set.of(), 1);
  }

  /** Whether a scenario is switched on. */
  public boolean isOn(LeakScenario scenario) {
    return enabled.contains(scenario);
  }

  /** The enabled scenarios' command-line names, in declaration order. */
  public List<String> cliNames() {
    return EnumSet.allOf(LeakScenario.class).stream()
        .filter(enabled::contains)
        .map(LeakScenario::cliName)
        .toList();
  }
}
