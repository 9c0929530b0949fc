package dev.leakhunt.shop.leaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakhunt.contract.shop.LeakScenarioNames;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LeakScenarioTest {
  @Test
  void cliNamesRoundTrip() {
    for (LeakScenario scenario : LeakScenario.values()) {
      assertThat(LeakScenario.fromCliName(scenario.cliName())).isEqualTo(scenario);
    }
  }

  @Test
  void unknownNameListsTheChoices() {
    assertThatThrownBy(() -> LeakScenario.fromCliName("oom"))
        .hasMessage(
            "unknown leak scenario 'oom' (choose from abandoned-carts, recently-viewed,"
                + " unreleased-buffers, stuck-threads, class-per-request, unclosed-gzip,"
                + " bounded-cache, slow-product-pages)");
  }

  @Test
  void settingsListEnabledNamesInDeclarationOrder() {
    LeakSettings settings =
        new LeakSettings(EnumSet.of(LeakScenario.BOUNDED_CACHE, LeakScenario.ABANDONED_CARTS), 3);

    assertThat(settings.cliNames()).containsExactly("abandoned-carts", "bounded-cache");
    assertThat(settings.isOn(LeakScenario.STUCK_THREADS)).isFalse();
  }

  @Test
  void amplifyOutOfRangeIsRejected() {
    assertThatThrownBy(() -> new LeakSettings(EnumSet.noneOf(LeakScenario.class), 0))
        .hasMessage("--leak-amplify must be between 1 and 10000 (got 0)");
  }

  @Test
  void everyScenarioIsNamedAsTheContractNamesItInTheSameOrder() {
    assertThat(Arrays.stream(LeakScenario.values()).map(LeakScenario::cliName))
        .containsExactlyElementsOf(LeakScenarioNames.ALL);
  }
}
