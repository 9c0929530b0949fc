package dev.leakhunt.shop.leaks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SlowResponsesTest {
  @Test
  void onlyProductPagesAreDelayedAndOnlyWithTheScenarioOn() {
    SlowResponses clean = new SlowResponses(LeakSettings.none());
    SlowResponses slow =
        new SlowResponses(new LeakSettings(EnumSet.of(LeakScenario.SLOW_PRODUCT_PAGES), 3));

    assertThat(clean.delayMs("products.get")).isZero();
    assertThat(slow.delayMs("products.get")).isEqualTo(60);
    assertThat(slow.delayMs("products.list")).isZero();
    assertThat(slow.delayMs("checkout")).isZero();
  }
}
