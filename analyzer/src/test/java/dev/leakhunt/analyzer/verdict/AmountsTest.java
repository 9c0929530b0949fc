package dev.leakhunt.analyzer.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AmountsTest {

  @Test
  void durationsReadAsHoursAndMinutesOrDaysAndHours() {
    assertThat(Amounts.duration(Duration.ofMinutes(6 * 60 + 20))).isEqualTo("6 h 20 min");
    assertThat(Amounts.duration(Duration.ofHours(76))).isEqualTo("3 d 4 h");
    assertThat(Amounts.duration(Duration.ofMinutes(45))).isEqualTo("45 min");
    assertThat(Amounts.duration(Duration.ofSeconds(30))).isEqualTo("under 1 min");
  }

  @Test
  void bytesUseBinaryUnitsAndCountsStayPlain() {
    assertThat(Amounts.amount(512.0 * 1024 * 1024, "bytes")).isEqualTo("512 MiB");
    assertThat(Amounts.amount(1.5 * 1024 * 1024 * 1024, "bytes")).isEqualTo("1.50 GiB");
    assertThat(Amounts.amount(340 * 1024, "bytes")).isEqualTo("340 KiB");
    assertThat(Amounts.rate(12.34 * 1024 * 1024, "bytes")).isEqualTo("12.3 MiB/h");
    assertThat(Amounts.rate(1234, "count")).isEqualTo("1,234/h");
  }

  @Test
  void pValuesSwitchToScientificBelowOnePerMille() {
    assertThat(Amounts.pValue(0.2345)).isEqualTo("p = 0.235");
    assertThat(Amounts.pValue(3.14e-6)).isEqualTo("p = 3.1e-06");
  }
}
