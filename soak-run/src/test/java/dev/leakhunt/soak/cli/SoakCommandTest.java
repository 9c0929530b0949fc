package dev.leakhunt.soak.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakhunt.soak.settings.SoakSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SoakCommandTest {

  private static SoakSettings settings(String... args) {
    SoakCommand command = new SoakCommand();
    new CommandLine(command).parseArgs(args);
    return command.settings();
  }

  @Test
  void defaultsAreATenMinuteLocalSoakOfTheEmbeddedShop() {
    SoakSettings settings = settings();

    assertThat(settings.embedded()).isTrue();
    assertThat(settings.load().profile()).isEqualTo("soak");
    assertThat(settings.load().duration()).isEqualTo(Duration.ofMinutes(10));
    assertThat(settings.load().ramp()).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.load().usersPerSec()).isNull();
    assertThat(settings.watch().warmup()).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.shop().leaks()).isEmpty();
    assertThat(settings.shop().cartTtl()).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.outputDir()).endsWithRaw(java.nio.file.Path.of("target", "soak"));
  }

  @Test
  void stopEarlyFollowsItsDefaultAndBothSpellings() {
    assertThat(settings().watch().stopEarly())
        .isEqualTo(Boolean.parseBoolean(SoakCommand.STOP_EARLY_DEFAULT));
    assertThat(settings("--stop-early").watch().stopEarly()).isTrue();
    assertThat(settings("--no-stop-early").watch().stopEarly()).isFalse();
  }

  @Test
  void leakOptionsReachTheShop() {
    SoakSettings settings =
        settings("--leak", "abandoned-carts,recently-viewed", "--leak-amplify", "50");

    assertThat(settings.shop().leaks()).containsExactly("abandoned-carts", "recently-viewed");
    assertThat(settings.shop().leakAmplify()).isEqualTo(50);
  }

  @Test
  void analyzerArgumentsPassThroughInOrder() {
    SoakSettings settings =
        settings("--analyzer-arg=--heap-dump-on-leak", "--analyzer-arg", "--no-jfr");

    assertThat(settings.watch().extraArguments())
        .containsExactly("--heap-dump-on-leak", "--no-jfr");
  }

  @Test
  void tagsNameTheLoadThenTheUsersAndBaselineIsPassedOn(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path lastNight) {
    SoakSettings settings =
        settings(
            "--leak",
            "abandoned-carts",
            "--rate",
            "5",
            "--tag",
            "version=1.4.2",
            "--tag",
            "load.profile=custom",
            "--baseline",
            lastNight.toString());

    assertThat(settings.watch().tags())
        .containsExactly(
            "load.profile=soak",
            "load.rate=5.0",
            "load.duration=10m",
            "shop.leaks=abandoned-carts",
            "version=1.4.2",
            "load.profile=custom");
    assertThat(settings.watch().baseline()).isEqualTo(lastNight.toAbsolutePath());
    assertThatThrownBy(() -> settings("--tag", "no-value"))
        .hasMessage("--tag must be KEY=VALUE, e.g. version=1.4.2 (got 'no-value')");
    assertThatThrownBy(() -> settings("--baseline", lastNight.resolve("missing").toString()))
        .hasMessageStartingWith("--baseline must be an earlier run folder (got '")
        .hasMessageEndingWith("missing': no such directory)");
  }

  @Test
  void externalTargetNeedsJmxAndTakesCredentials() {
    SoakSettings settings =
        settings(
            "--target-url",
            "http://127.0.0.1:9000",
            "--jmx",
            "127.0.0.1:9010",
            "--jmx-user",
            "ops");

    assertThat(settings.embedded()).isFalse();
    assertThat(settings.external().jmxAddress()).isEqualTo("127.0.0.1:9010");
    assertThat(settings.external().jmxUser()).isEqualTo("ops");
  }

  @Test
  void badCombinationsAreRefusedWithTheRuleAndTheValue() {
    assertThatThrownBy(() -> settings("--target-url", "http://127.0.0.1:9000"))
        .hasMessage("--target-url needs --jmx HOST:PORT so the analyzer can watch it");
    assertThatThrownBy(() -> settings("--leak", "memory-hog"))
        .hasMessageContaining("(got 'memory-hog')");
    assertThatThrownBy(() -> settings("--duration", "1m", "--ramp", "30s"))
        .hasMessage("--warmup must be shorter than --ramp + --duration (got 2m >= 1m30s)");
    assertThatThrownBy(() -> settings("--profile", "load"))
        .hasMessage("--profile must be one of smoke, soak, stress, spike (got 'load')");
    assertThatThrownBy(() -> settings("--jmx", "127.0.0.1:9010"))
        .hasMessage("--jmx, --jmx-user and --jmx-password-file go with --target-url");
  }

  @Test
  void usageErrorIsOneLineOnStderrAndExitTwo() {
    PrintStream originalErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exitCode = SoakCommand.execute(new SoakCommand(), "--rate", "fast");
      assertThat(exitCode).isEqualTo(2);
    } finally {
      System.setErr(originalErr);
    }
    assertThat(err.toString(StandardCharsets.UTF_8).strip().lines())
        .singleElement()
        .asString()
        .startsWith("soak: ")
        .contains("--rate")
        .contains("fast");
  }

  @Test
  void injectorsSplitTheLoadAndBadInjectorOptionsAreOneLineErrors() {
    SoakSettings split = settings("--injectors", "3", "--start-at", "2026-12-01T03:00:00Z");
    assertThat(split.load().injectors()).isEqualTo(3);
    assertThat(split.load().split()).isTrue();
    assertThat(split.load().startAtEpochMs()).isEqualTo(1_796_094_000_000L);
    assertThat(settings().load().split()).isFalse();

    assertThatThrownBy(() -> settings("--injectors", "0"))
        .hasMessage("--injectors must be between 1 and 64 (got 0)");
    assertThatThrownBy(() -> settings("--start-at", "1764558000000"))
        .hasMessage("--start-at is the common start of --injectors N (N > 1)");
    assertThatThrownBy(() -> settings("--injectors", "2", "--start-at", "tonight"))
        .hasMessageStartingWith("--start-at must be epoch milliseconds or an ISO-8601 instant");
  }

  @Test
  void loadSubcommandRefusesAnIndexOutsideTheInjectorsOrWithoutACommonInstant() {
    assertThat(loadError("--injectors", "2", "--injector-index", "3", "--start-at", "1"))
        .isEqualTo(
            "soak: --injector-index must be between 1 and --injectors 2 (got 3) (see --help)");
    assertThat(loadError("--injectors", "2", "--injector-index", "1"))
        .isEqualTo(
            "soak: --injector-index needs --start-at: injectors on several machines start at one"
                + " instant (see --help)");
  }

  private static String loadError(String... options) {
    PrintStream standardError = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      java.util.List<String> args =
          new java.util.ArrayList<>(
              java.util.List.of("load", "--base-url", "http://127.0.0.1:1", "--out", "target/x"));
      args.addAll(java.util.List.of(options));
      assertThat(SoakCommand.execute(new SoakCommand(), args.toArray(String[]::new))).isEqualTo(2);
    } finally {
      System.setErr(standardError);
    }
    return captured.toString(StandardCharsets.UTF_8).strip();
  }
}
