package dev.leakhunt.analyzer.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How much longer an INCONCLUSIVE run is told to watch. */
class DecisionTest {

  @Test
  void intervalTwiceTooWideNeedsAWindowTwoToTheTwoThirdsLonger() {
    // Half-width 2 against a margin of 1: T' = T * 2^(2/3) = 1.587 T, so 0.587 T more.
    assertThat(Decision.extensionToNarrow(600_000, 2, 1))
        .isEqualTo(Duration.ofMillis(Math.round(600_000 * (Math.pow(2, 2.0 / 3) - 1))));
  }

  @Test
  void zHalfOfWhatIsNeededNeedsTheSameExtension() {
    assertThat(Decision.extensionToReach(600_000, 1.86, 3.72))
        .isEqualTo(Decision.extensionToNarrow(600_000, 2, 1));
  }

  @Test
  void hopelessCasesAreCappedAtTwentyTimesTheWindow() {
    assertThat(Decision.extensionToNarrow(60_000, 1e6, 1)).isEqualTo(Duration.ofMinutes(19));
  }

  @Test
  void noEstimateWithoutAMarginOrAPositiveZ() {
    assertThat(Decision.extensionToNarrow(60_000, 1, 0)).isNull();
    assertThat(Decision.extensionToNarrow(60_000, 1, -1)).isNull();
    assertThat(Decision.extensionToReach(60_000, 0, 3.72)).isNull();
    assertThat(Decision.extensionToReach(60_000, Double.NaN, 3.72)).isNull();
  }
}
