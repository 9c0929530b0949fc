package dev.leakhunt.contract.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutcomeTest {
  @Test
  void exitCodesAreZeroPassOneFailThreeInconclusive() {
    assertThat(Outcome.PASS.exitCode()).isZero();
    assertThat(Outcome.FAIL.exitCode()).isEqualTo(1);
    assertThat(Outcome.INCONCLUSIVE.exitCode()).isEqualTo(3);
    for (Outcome outcome : Outcome.values()) {
      assertThat(Outcome.ofExitCode(outcome.exitCode())).isEqualTo(outcome);
    }
  }

  @Test
  void theErrorExitCodeIsNoOutcome() {
    assertThat(Outcome.ERROR_EXIT_CODE).isEqualTo(2);
    assertThatThrownBy(() -> Outcome.ofExitCode(Outcome.ERROR_EXIT_CODE))
        .hasMessage("exit code 2 is no outcome (0, 1 or 3)");
  }
}
