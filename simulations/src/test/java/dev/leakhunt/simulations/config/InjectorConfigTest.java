package dev.leakhunt.simulations.config;

import static dev.leakhunt.simulations.config.PropertiesFixture.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class InjectorConfigTest {

  @Test
  void noPropertiesDescribeOneInjectorThatStartsAtOnceAndAssertsItsSlo() {
    InjectorConfig config = InjectorConfig.from(new Properties());

    assertThat(config.injectorIndex()).isEqualTo(1);
    assertThat(config.injectorCount()).isEqualTo(1);
    assertThat(config.rateShare()).isEqualTo(1.0);
    assertThat(config.startAtEpochMs()).isNull();
    assertThat(config.startBarrierDir()).isNull();
    assertThat(config.seed()).isNull();
    assertThat(config.responseTimesLog()).isNull();
    assertThat(config.assertSlo()).isTrue();
  }

  @Test
  void secondOfFourInjectorsTakesAQuarterOfTheRateAndItsOwnSeedAndLog() {
    InjectorConfig config =
        InjectorConfig.from(
            properties(
                "injectorIndex", "2",
                "injectorCount", "4",
                "startAtEpochMs", "1764547200000",
                "seed", "-7",
                "responseTimesLog", "load/injector-2/response-times-ms.hlog",
                "slo.assert", "false"));

    assertThat(config.rateShare()).isEqualTo(0.25);
    assertThat(config.startAtEpochMs()).isEqualTo(1_764_547_200_000L);
    assertThat(config.seed()).isEqualTo(-7L);
    assertThat(config.responseTimesLog())
        .isEqualTo(Path.of("load/injector-2/response-times-ms.hlog"));
    assertThat(config.assertSlo()).isFalse();
    assertThat(config.describe()).contains("injector          = 2 of 4");
  }

  @Test
  void badValuesNameThePropertyAndTheRule() {
    assertThatThrownBy(() -> InjectorConfig.from(properties("injectorCount", "0")))
        .hasMessage("injectorCount must be at least 1 (got 0)");
    assertThatThrownBy(
            () -> InjectorConfig.from(properties("injectorIndex", "3", "injectorCount", "2")))
        .hasMessage("injectorIndex must be between 1 and injectorCount 2 (got 3)");
    assertThatThrownBy(() -> InjectorConfig.from(properties("startAtEpochMs", "soon")))
        .hasMessage("startAtEpochMs must be a whole number (got 'soon')");
    assertThatThrownBy(() -> InjectorConfig.from(properties("slo.assert", "yes")))
        .hasMessage("slo.assert must be true or false (got 'yes')");
  }
}
