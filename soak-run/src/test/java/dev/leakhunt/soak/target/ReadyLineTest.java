package dev.leakhunt.soak.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadyLineTest {
  @Test
  void readyLineGivesTheBoundAddresses() {
    ReadyLine ready =
        ReadyLine.parse("READY http=127.0.0.1:40123 jmx=127.0.0.1:40999").orElseThrow();

    assertThat(ready.baseUrl()).isEqualTo("http://127.0.0.1:40123");
    assertThat(ready.jmxAddress()).isEqualTo("127.0.0.1:40999");
  }

  @Test
  void shopWithoutJmxOrOtherOutputIsNotReadyForASoak() {
    assertThat(ReadyLine.parse("READY http=127.0.0.1:40123 jmx=off")).isEmpty();
    assertThat(ReadyLine.parse("target-app: --port must be 0..65535 (got -1)")).isEmpty();
  }
}
