package dev.leakhunt.analyzer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.sampler.ConnectionSpec;
import org.junit.jupiter.api.Test;

class TargetHostTest {
  private static String hostOf(String address) {
    return TargetHost.of(new ConnectionSpec(address, null, null, null, false));
  }

  @Test
  void hostPortAndRmiUrlsNameTheHost() {
    assertThat(hostOf("10.0.0.7:9010")).isEqualTo("10.0.0.7");
    assertThat(hostOf("service:jmx:rmi:///jndi/rmi://shop.example:9010/jmxrmi"))
        .isEqualTo("shop.example");
  }

  @Test
  void pidTargetsRunOnThisHost() {
    assertThat(TargetHost.of(new ConnectionSpec(null, 42L, null, null, false)))
        .isEqualTo(TargetHost.local());
  }
}
