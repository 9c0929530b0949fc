package dev.leakhunt.contract.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadyLineTest {
  @Test
  void readyLineGivesTheBoundAddresses() {
    ReadyLine ready =
        ReadyLine.parse("READY http=127.0.0.1:40123 jmx=127.0.0.1:40999").orElseThrow();

    assertThat(ready.baseUrl()).isEqualTo("http://127.0.0.1:40123");
    assertThat(ready.jmxAddress()).isEqualTo("127.0.0.1:40999");
    assertThat(ready.httpPort()).isEqualTo(40123);
    assertThat(ready.jmxPort()).isEqualTo(40999);
    assertThat(ready.jmxOn()).isTrue();
  }

  @Test
  void shopWithoutJmxHasNoJmxAddress() {
    ReadyLine ready = ReadyLine.parse("READY http=127.0.0.1:40123 jmx=off").orElseThrow();

    assertThat(ready.jmxOn()).isFalse();
    assertThat(ready.httpPort()).isEqualTo(40123);
    assertThatThrownBy(ready::jmxAddress).hasMessageContaining("without JMX");
  }

  @Test
  void otherOutputIsNoReadyLine() {
    assertThat(ReadyLine.parse("target-app: --port must be 0..65535 (got -1)")).isEmpty();
    assertThat(ReadyLine.parse("READY http=127.0.0.1:40123")).isEmpty();
    assertThat(ReadyLine.parse("READY http=127.0.0.1:40123 jmx=10.0.0.1:9010")).isEmpty();
  }

  @Test
  void theWrittenLineParsesBackToTheSamePorts() {
    for (ReadyLine written :
        new ReadyLine[] {
          new ReadyLine("127.0.0.1", 8080, 9010), new ReadyLine("0.0.0.0", 1, ReadyLine.JMX_OFF)
        }) {
      assertThat(ReadyLine.parse(written.line())).contains(written);
    }
    assertThat(new ReadyLine("127.0.0.1", 8080, 9010).line())
        .isEqualTo("READY http=127.0.0.1:8080 jmx=127.0.0.1:9010");
    assertThat(new ReadyLine("127.0.0.1", 8080, ReadyLine.JMX_OFF).line())
        .isEqualTo("READY http=127.0.0.1:8080 jmx=off");
  }
}
