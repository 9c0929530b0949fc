package dev.leakhunt.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakhunt.contract.run.RunIdentity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class RunIdentityCollectorTest {
  private final RunTag.Converter converter = new RunTag.Converter();

  @Test
  void jenkinsVariablesAreRecordedAndUserTagsWinOverThem() throws Exception {
    Map<String, String> environment =
        Map.of(
            "BUILD_NUMBER", "117",
            "GIT_COMMIT", "0123456789abcdef0123456789abcdef01234567",
            "JOB_NAME", "shop-nightly",
            "HOME", "/somewhere");

    RunIdentity identity =
        RunIdentityCollector.collect(
            List.of(converter.convert("version=1.4.2"), converter.convert("JOB_NAME=manual")),
            environment);

    assertThat(identity.tags())
        .containsExactly(
            Map.entry("BUILD_NUMBER", "117"),
            Map.entry("GIT_COMMIT", "0123456789abcdef0123456789abcdef01234567"),
            Map.entry("JOB_NAME", "manual"),
            Map.entry("version", "1.4.2"));
    assertThat(identity.versionLabel()).isEqualTo("1.4.2");
    assertThat(identity.machine().cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void withoutVersionTheCommitThenTheBuildNameTheRun() throws Exception {
    assertThat(
            RunIdentityCollector.collect(
                    List.of(), Map.of("GIT_COMMIT", "0123456789abcdef0123", "BUILD_NUMBER", "9"))
                .versionLabel())
        .isEqualTo("0123456789ab");
    assertThat(RunIdentityCollector.collect(List.of(), Map.of("BUILD_NUMBER", "9")).versionLabel())
        .isEqualTo("#9");
    assertThat(RunIdentityCollector.collect(List.of(), Map.of()).versionLabel()).isNull();
  }

  @Test
  void malformedTagsAreRefusedWithTheRule() {
    assertThatThrownBy(() -> converter.convert("no-equals"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("--tag must be KEY=VALUE, e.g. version=1.4.2 (got 'no-equals')");
    assertThatThrownBy(() -> converter.convert("bad key=1"))
        .hasMessageContaining("--tag KEY must be letters");
    assertThat(converter.convert("empty=")).isEqualTo(new RunTag("empty", ""));
  }
}
