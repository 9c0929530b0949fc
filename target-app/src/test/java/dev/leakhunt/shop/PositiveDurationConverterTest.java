package dev.leakhunt.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PositiveDurationConverterTest {
  private final PositiveDurationConverter converter = new PositiveDurationConverter();

  @Test
  void numbersWithUnitsConvert() {
    assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(converter.convert("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(converter.convert("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(converter.convert("2h")).isEqualTo(Duration.ofHours(2));
  }

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
