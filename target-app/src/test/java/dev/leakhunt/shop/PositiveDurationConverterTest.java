package dev.leakhunt.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PositiveDurationConverterTest {
  private final PositiveDurationConverter converter = new PositiveDurationConverter();

  // The units one by one are the contract's DurationConverterTest; the shop adds the zero rule.
  @Test
  void compoundDurationsConvert() {
    assertThat(converter.convert("1m30s")).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void missingUnitIsRejectedWithAnExample() {
    assertThatThrownBy(() -> converter.convert("30"))
        .hasMessage(
            "'30' is not a duration: use a number with a unit, e.g. 500ms, 45s, 10m, 8h, 1h30m");
  }

  @Test
  void zeroIsRejected() {
    assertThatThrownBy(() -> converter.convert("0s")).hasMessageContaining("longer than zero");
  }

  @Test
  void evictionRunsEveryQuarterTtlWithinBounds() {
    assertThat(ShopServer.evictionPeriod(Duration.ofSeconds(30)))
        .isEqualTo(Duration.ofMillis(7500));
    assertThat(ShopServer.evictionPeriod(Duration.ofMillis(200))).isEqualTo(Duration.ofMillis(100));
    assertThat(ShopServer.evictionPeriod(Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(30));
  }
}
