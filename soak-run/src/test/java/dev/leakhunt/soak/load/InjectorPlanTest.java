package dev.leakhunt.soak.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InjectorPlanTest {

  @Test
  void everyInjectorSharesTheStartAndHasItsOwnSeedAndFolder() {
    List<InjectorPlan> plans = InjectorPlan.all(3, 1_000L, 40L);

    assertThat(plans).extracting(InjectorPlan::startAtEpochMs).containsOnly(1_000L);
    assertThat(plans).extracting(InjectorPlan::seed).containsExactly(41L, 42L, 43L);
    assertThat(plans)
        .extracting(InjectorPlan::folderName)
        .containsExactly("injector-1", "injector-2", "injector-3");
    assertThat(plans).extracting(InjectorPlan::count).containsOnly(3);
  }

  @Test
  void anIndexOutsideTheCountIsRefused() {
    assertThatThrownBy(() -> new InjectorPlan(3, 2, 0L, 0))
        .hasMessage("injector index must be between 1 and 2 (got 3)");
  }
}
