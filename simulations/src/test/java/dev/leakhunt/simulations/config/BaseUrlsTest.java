package dev.leakhunt.simulations.config;

import static dev.leakhunt.simulations.config.PropertiesFixture.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BaseUrlsTest {
  @Test
  void oneBaseUrlStaysValid() {
    Properties one = properties("baseUrl", "http://127.0.0.1:9000");
    SimulationConfig config = SimulationConfig.from(one);

    assertThat(BaseUrls.from(one, config.baseUrl())).containsExactly("http://127.0.0.1:9000");
  }

  @Test
  void severalBaseUrlsAreSpreadOverAndTheFirstIsTheBaseUrl() {
    Properties several =
        properties(
            "baseUrls", "http://127.0.0.1:9001/, http://127.0.0.1:9002,http://127.0.0.1:9003");
    SimulationConfig config = SimulationConfig.from(several);

    assertThat(config.baseUrl()).isEqualTo("http://127.0.0.1:9001");
    assertThat(BaseUrls.from(several, config.baseUrl()))
        .containsExactly("http://127.0.0.1:9001", "http://127.0.0.1:9002", "http://127.0.0.1:9003");
  }

  @Test
  void aMalformedEntryIsNamed() {
    assertThatThrownBy(() -> BaseUrls.from(properties("baseUrls", "http://a:1,b:2"), "http://a:1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrls must be comma-separated http:// or https:// URLs (got 'b:2')");
  }
}
