package dev.leakhunt.simulations.config;

import static dev.leakhunt.simulations.config.PropertiesFixture.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SimulationConfigTest {

  @Test
  void noPropertiesGiveTheSmokeDefaultsAgainstLocalhost() {
    SimulationConfig config = SimulationConfig.from(new Properties());

    assertThat(config.baseUrl()).isEqualTo("http://127.0.0.1:8080");
    assertThat(config.profile()).isEqualTo(LoadProfile.SMOKE);
    assertThat(config.usersPerSec()).isEqualTo(2.0);
    assertThat(config.rampSeconds()).isEqualTo(10);
    assertThat(config.durationSeconds()).isEqualTo(50);
    assertThat(config.maxErrorPercent()).isZero();
    assertThat(config.summaryFile()).isNull();
  }

  @Test
  void soakProfileTakesItsOwnDefaultsAndExplicitValuesWin() {
    SimulationConfig config =
        SimulationConfig.from(
            properties(
                "profile", "SOAK",
                "baseUrl", "http://127.0.0.1:9999/",
                "usersPerSec", "35.5",
                "slo.p99Millis", "250",
                "summaryFile", "out/summary.json"));

    assertThat(config.profile()).isEqualTo(LoadProfile.SOAK);
    assertThat(config.baseUrl()).isEqualTo("http://127.0.0.1:9999");
    assertThat(config.usersPerSec()).isEqualTo(35.5);
    assertThat(config.rampSeconds()).isEqualTo(60);
    assertThat(config.durationSeconds()).isEqualTo(600);
    assertThat(config.p99Millis()).isEqualTo(250);
    assertThat(config.maxErrorPercent()).isEqualTo(1.0);
    assertThat(config.summaryFile()).isEqualTo(Path.of("out/summary.json"));
  }

  @Test
  void durationSecondsWinsOverDurationMinutes() {
    assertThat(SimulationConfig.from(properties("durationMinutes", "120")).durationSeconds())
        .isEqualTo(7_200);
    assertThat(
            SimulationConfig.from(properties("durationMinutes", "120", "durationSeconds", "30"))
                .durationSeconds())
        .isEqualTo(30);
  }

  @Test
  void unknownProfileNamesTheAcceptedOnes() {
    assertThatThrownBy(() -> SimulationConfig.from(properties("profile", "load")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile must be one of smoke, soak, stress, spike (got 'load')");
  }

  @Test
  void badNumbersNameThePropertyAndTheValue() {
    assertThatThrownBy(() -> SimulationConfig.from(properties("usersPerSec", "fast")))
        .hasMessage("usersPerSec must be a number (got 'fast')");
    assertThatThrownBy(() -> SimulationConfig.from(properties("usersPerSec", "0")))
        .hasMessage("usersPerSec must be a positive number (got 0.0)");
    assertThatThrownBy(() -> SimulationConfig.from(properties("abandonPercent", "120")))
        .hasMessage("abandonPercent must be between 0 and 100 (got 120)");
    assertThatThrownBy(() -> SimulationConfig.from(properties("baseUrl", "127.0.0.1:8080")))
        .hasMessage("baseUrl must start with http:// or https:// (got '127.0.0.1:8080')");
  }

  @Test
  void describeListsEveryKnobWithItsValue() {
    String described = SimulationConfig.from(properties("profile", "spike")).describe();

    assertThat(described)
        .contains("profile           = spike")
        .contains("usersPerSec       = 20.0")
        .contains("slo.p99Millis     = 2000")
        .contains("summaryFile       = (none)");
  }
}
