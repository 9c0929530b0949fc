package dev.leakhunt.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {
  @TempDir Path dir;

  @Test
  void readyAtTheFirstMatchingLineWithTheEarlierLinesKeptAndTheLaterOnesAwaitable()
      throws Exception {
    try (ChildJvm child =
        scripted("warming up", "READY port=42", "serving")
            .readyWhen(l -> l.startsWith("READY"))
            .start()) {
      assertThat(child.readyLine()).isEqualTo("READY port=42");
      assertThat(child.linesBeforeReady()).containsExactly("warming up");
      assertThat(child.nextLine(Duration.ofSeconds(10))).contains("serving");
      assertThat(child.nextLine(Duration.ofMillis(200))).isEmpty();
      assertThat(child.process().isAlive()).isTrue();
    }
  }

  @Test
  void childExitingBeforeItIsReadyFailsWithItsExitCodeAndOutput() {
    assertThatThrownBy(
            () -> scripted("bad option", "exit=2").readyWhen(l -> l.startsWith("READY")).start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exited (2) before it was ready")
        .hasMessageContaining("bad option");
  }

  @Test
  void childSilentPastTheLimitFailsWithinTheLimit() {
    long startNanos = System.nanoTime();

    assertThatThrownBy(
            () ->
                scripted("sleep=20000", "READY")
                    .readyWhen(l -> l.startsWith("READY"))
                    .readyWithin(Duration.ofSeconds(2))
                    .start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("was not ready within 2 s");
    assertThat(Duration.ofNanos(System.nanoTime() - startNanos)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void stderrGoesToItsFileAndCloseEndsTheChild() throws Exception {
    Path stderr = dir.resolve("child.stderr");
    ChildJvm child =
        scripted("err=complaint", "READY")
            .readyWhen(l -> l.startsWith("READY"))
            .stderrTo(stderr)
            .start();

    child.close();

    assertThat(child.process().isAlive()).isFalse();
    assertThat(child.linesBeforeReady()).isEmpty();
    assertThat(Files.readString(stderr)).contains("complaint");
  }

  @Test
  void stoppedChildIsKilledOnCloseWithoutGrace() throws Exception {
    ChildJvm child = scripted("READY").stopGrace(Duration.ZERO).start();
    child.signal("STOP");

    child.close();

    assertThat(child.process().isAlive()).isFalse();
  }

  private static ChildJvm.Builder scripted(String... script) {
    return ChildJvm.mainClass(
            ScriptedProgram.class.getName(),
            Path.of("target", "test-classes").toAbsolutePath().toString())
        .jvmOptions("-Xmx32m", "-XX:TieredStopAtLevel=1")
        .arguments(script);
  }
}
