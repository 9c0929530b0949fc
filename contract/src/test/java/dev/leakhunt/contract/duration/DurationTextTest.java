package dev.leakhunt.contract.duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

  @ParameterizedTest
  @CsvSource({
    "500ms, 500",
    "30s, 30000",
    "45s, 45000",
    "90s, 90000",
    "10m, 600000",
    "2h, 7200000",
    "8h, 28800000",
    "1d, 86400000",
    "1h30m, 5400000",
    "1m30s, 90000",
    "2m30s, 150000",
    "PT10M, 600000",
    "pt1.5s, 1500"
  })
  void humanAndIsoDurationsParseToExactDurations(String text, long expectedMs) {
    assertThat(DurationText.parse(text)).isEqualTo(Duration.ofMillis(expectedMs));
  }

  @Test
  void surroundingBlanksAreIgnored() {
    assertThat(DurationText.parse("10m ")).isEqualTo(Duration.ofMinutes(10));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"10", "30", "10x", "5x", "", "m", "m10", "1.5h", "1h 30m", "-5s", "5 s", "soon"})
  void numbersWithoutAKnownUnitAreRefusedWithTheRule(String text) {
    assertThatThrownBy(() -> DurationText.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'"
                + text
                + "' is not a duration: use a number with a unit, e.g. 500ms, 45s, 10m, 8h, 1h30m");
  }

  @Test
  void formatReadsBackAsTheSameDuration() {
    for (String text : new String[] {"1h30m", "45s", "1d2h", "1m500ms", "1h1m1s", "500ms"}) {
      assertThat(DurationText.format(DurationText.parse(text))).isEqualTo(text);
    }
    for (String text : new String[] {"90s", "10m", "2h", "0s"}) {
      Duration duration = DurationText.parse(text);
      assertThat(DurationText.parse(DurationText.format(duration))).isEqualTo(duration);
    }
    assertThat(DurationText.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
  }
}
