package dev.leakhunt.analyzer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FiguresTest {

  @Test
  void projectionsReadAsHoursAndMinutesOrDaysAndHours() {
    assertThat(Figures.projection(Duration.ofMinutes(6 * 60 + 20))).isEqualTo("6 h 20 min");
    assertThat(Figures.projection(Duration.ofHours(76))).isEqualTo("3 d 4 h");
    assertThat(Figures.projection(Duration.ofMinutes(45))).isEqualTo("45 min");
    assertThat(Figures.projection(Duration.ofSeconds(30))).isEqualTo("under 1 min");
  }

  @Test
  void measuredDurationsKeepTheirSeconds() {
    assertThat(Figures.duration(Duration.ofSeconds(185))).isEqualTo("3 min 5 s");
    assertThat(Figures.duration(Duration.ofSeconds(45))).isEqualTo("45 s");
    assertThat(Figures.duration(null)).isEqualTo("n/a");
  }

  @Test
  void bytesUseBinaryUnitsWithThreeSignificantDigitsAndCountsAThousandsSeparator() {
    assertThat(Figures.amount(512.0 * 1024 * 1024, "bytes")).isEqualTo("512 MiB");
    assertThat(Figures.amount(1.5 * 1024 * 1024 * 1024, "bytes")).isEqualTo("1.50 GiB");
    assertThat(Figures.amount(340 * 1024, "bytes")).isEqualTo("340 KiB");
    assertThat(Figures.amount(512, "bytes")).isEqualTo("512 B");
    assertThat(Figures.bytes(-1536)).isEqualTo("-1.50 KiB");
    assertThat(Figures.rate(12.34 * 1024 * 1024, "bytes")).isEqualTo("12.3 MiB/h");
    assertThat(Figures.rate(1234, "count")).isEqualTo("1,234/h");
    assertThat(Figures.amount(Double.NaN, "bytes")).isEqualTo("n/a");
  }

  @Test
  void changesCarryTheirSign() {
    assertThat(Figures.ratePerHour(300.0 * 1024 * 1024, "bytes")).isEqualTo("+300 MiB/h");
    assertThat(Figures.ratePerHour(-4, "count")).isEqualTo("-4.00/h");
    assertThat(Figures.ratePerHour(Double.NaN, "count")).isEqualTo("n/a");
  }

  @Test
  void pValuesSwitchToScientificBelowOnePerMille() {
    assertThat(Figures.pValue(0.2345)).isEqualTo("p = 0.235");
    assertThat(Figures.pValue(3.14e-6)).isEqualTo("p = 3.1e-06");
  }
}
