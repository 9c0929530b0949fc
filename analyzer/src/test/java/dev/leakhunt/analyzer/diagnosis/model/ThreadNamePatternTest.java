package dev.leakhunt.analyzer.diagnosis.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadNamePatternTest {
  @Test
  void digitsAreStrippedFromNames() {
    assertThat(ThreadNamePattern.of("order-confirmation-17")).isEqualTo("order-confirmation-#");
    assertThat(ThreadNamePattern.of("pool-3-thread-12")).isEqualTo("pool-#-thread-#");
    assertThat(ThreadNamePattern.of("main")).isEqualTo("main");
  }
}
