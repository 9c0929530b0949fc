package dev.leakhunt.contract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class ErrorTextTest {

  @Test
  void oneLineIsTheMessagesFirstLineOrTheTypeWithoutOne() {
    assertThat(ErrorText.oneLine(new IOException("disk full\n\tat somewhere")))
        .isEqualTo("disk full");
    assertThat(ErrorText.oneLine(new IllegalStateException())).isEqualTo("IllegalStateException");
    assertThat(ErrorText.oneLine(new IOException(""))).isEmpty();
  }

  @Test
  void rootCauseSaysWhatAWrappedCallRanInto() {
    Exception wrapped =
        new IllegalStateException(
            "call failed", new IOException("x", new ConnectException("refused")));
    assertThat(ErrorText.ofRootCause(wrapped)).isEqualTo("refused");
    assertThat(ErrorText.rootCause(wrapped)).isInstanceOf(ConnectException.class);
  }

  @Test
  void typedNamesTheTypeBeforeTheFirstLine() {
    assertThat(ErrorText.typed(new IOException("Connection reset\nmore")))
        .isEqualTo("IOException: Connection reset");
    assertThat(ErrorText.typed(new IOException(" "))).isEqualTo("IOException");
    assertThat(ErrorText.typed(new IOException())).isEqualTo("IOException");
  }
}
