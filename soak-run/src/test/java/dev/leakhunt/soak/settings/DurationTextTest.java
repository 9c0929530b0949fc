package dev.leakhunt.soak.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

  @Test
  void humanDurationsParseToExactDurations() {
    assertThat(DurationText.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(DurationText.parse("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(DurationText.parse("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(DurationText.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(DurationText.parse("500ms")).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void formatReadsBackToTheSameDuration() {
    for (String text : new String[] {"90s", "10m", "2h", "1h30m", "500ms", "0s", "1h1m1s"}) {
      Duration duration = DurationText.parse(text);
      assertThat(DurationText.parse(DurationText.format(duration))).isEqualTo(duration);
    }
    assertThat(DurationText.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
  }

  @Test
  void malformedDurationsNameTheAcceptedForms() {
    for (String text : new String[] {"", "10", "5x", "m10", "10m ", "1.5h"}) {
      if (text.equals("10m ")) {
        assertThat(DurationText.parse(text)).isEqualTo(Duration.ofMinutes(10));
        continue;
      }
      assertThatThrownBy(() -> DurationText.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a duration looks like 90s, 10m, 2h or 1h30m (got '" + text + "')");
    }
  }
}
