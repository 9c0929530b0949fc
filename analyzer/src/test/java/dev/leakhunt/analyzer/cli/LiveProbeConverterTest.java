package dev.leakhunt.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class LiveProbeConverterTest {

  @Test
  void liveProbeOffIsZero() {
    assertThat(new LiveProbeConverter().convert("off")).isZero();
    assertThat(new LiveProbeConverter().convert("30s")).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void anythingElseIsRefusedAsADuration() {
    assertThatThrownBy(() -> new LiveProbeConverter().convert("10"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage(
            "'10' is not a duration: use a number with a unit, e.g. 500ms, 45s, 10m, 8h, 1h30m");
  }
}
