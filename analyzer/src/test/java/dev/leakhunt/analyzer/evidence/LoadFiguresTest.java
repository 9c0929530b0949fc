package dev.leakhunt.analyzer.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadFiguresTest {
  @Test
  void globalInformationBlockGivesP99AndErrorRate() {
    LoadFigures figures =
        LoadFigures.parse(
            List.of(
                "---- Global Information --------------------------------------------------------",
                "> request count                                       2000 (OK=1990   KO=10    )",
                "> min response time                                      0 (OK=0      KO=1     )",
                "> response time 99th percentile                         12 (OK=12     KO=3     )"));

    assertThat(figures.p99Ms()).isEqualTo(12);
    assertThat(figures.errorPercent()).isEqualTo(0.5);
    assertThat(figures.requests()).isEqualTo(2000);
  }

  /** The assertion lines Gatling 3.16 printed in a real run (soak-run's test resource). */
  @Test
  void assertionLinesAloneGiveTheP99() {
    LoadFigures figures =
        LoadFigures.parse(
            List.of(
                "Global: 99th percentile of response time is less than 1000.0 : true (actual : 7.0)",
                "Global: count of failed events is 0.0 : true (actual : 0.0)"));

    assertThat(figures.p99Ms()).isEqualTo(7.0);
    assertThat(figures.errorPercent()).isNaN();
    assertThat(figures.any()).isTrue();
    assertThat(LoadFigures.parse(List.of("nothing here")).any()).isFalse();
  }
}
