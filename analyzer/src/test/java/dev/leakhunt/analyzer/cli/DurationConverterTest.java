package dev.leakhunt.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

  @ParameterizedTest
  @CsvSource({
    "500ms, 500",
    "45s, 45000",
    "10m, 600000",
    "8h, 28800000",
    "1d, 86400000",
    "1h30m, 5400000",
    "2m30s, 150000",
    "PT10M, 600000",
    "pt1.5s, 1500"
  })
  void humanAndIsoDurationsParse(String text, long expectedMs) {
    assertThat(DurationConverter.parse(text)).isEqualTo(Duration.ofMillis(expectedMs));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10", "10x", "", "m", "1h 30m", "-5s", "5 s"})
  void numbersWithoutAKnownUnitAreRefusedWithTheRule(String text) {
    assertThatThrownBy(() -> DurationConverter.parse(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage(
            "'"
                + text
                + "' is not a duration: use a number with a unit, e.g. 500ms, 45s, 10m, 8h, 1h30m");
  }

  @Test
  void formatReadsBackAsTheSameDuration() {
    for (String text : new String[] {"1h30m", "45s", "1d2h", "1m500ms"}) {
      assertThat(DurationConverter.format(DurationConverter.parse(text))).isEqualTo(text);
    }
  }

  @Test
  void liveProbeOffIsZero() {
    assertThat(new LiveProbeConverter().convert("off")).isZero();
    assertThat(new LiveProbeConverter().convert("30s")).isEqualTo(Duration.ofSeconds(30));
  }
}
