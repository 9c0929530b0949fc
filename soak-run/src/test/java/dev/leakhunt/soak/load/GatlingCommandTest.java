package dev.leakhunt.soak.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakhunt.soak.settings.LoadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatlingCommandTest {
  private static final LoadOptions SOAK =
      new LoadOptions(
          "dev.leakhunt.simulations.ShopperSimulation",
          "soak",
          Duration.ofHours(2),
          Duration.ofMinutes(1),
          35.0,
          Duration.ofMillis(500),
          800,
          null);

  @Test
  void simulationKnobsBecomeSystemPropertiesOfAPlainJavaGatlingRun(@TempDir Path simulations)
      throws Exception {
    Files.createDirectories(simulations.resolve("target/test-classes"));
    Files.writeString(simulations.resolve("target/gatling-classpath.txt"), "a.jar:b.jar\n");

    List<String> command =
        new GatlingCommand(Path.of("java"), simulations)
            .command(SOAK, "http://127.0.0.1:5", Path.of("/run/gatling"), Path.of("/run/s.json"));

    assertThat(command)
        .contains(
            "-DbaseUrl=http://127.0.0.1:5",
            "-Dprofile=soak",
            "-DdurationSeconds=7200",
            "-DrampSeconds=60",
            "-DpauseMillis=500",
            "-DusersPerSec=35.0",
            "-Dslo.p99Millis=800",
            "-DsummaryFile=/run/s.json",
            "-Dgatling.data.console.writePeriod=60")
        .doesNotContain("-Dslo.maxErrorPercent=null")
        .endsWith(
            "io.gatling.app.Gatling",
            "--simulation",
            "dev.leakhunt.simulations.ShopperSimulation",
            "--results-folder",
            "/run/gatling");
    assertThat(command.get(command.indexOf("-cp") + 1))
        .isEqualTo(simulations.resolve("target/test-classes").toAbsolutePath() + ":a.jar:b.jar");
  }

  @Test
  void unbuiltSimulationsSayHowToBuild(@TempDir Path simulations) {
    assertThatThrownBy(
            () ->
                new GatlingCommand(Path.of("java"), simulations)
                    .command(SOAK, "http://127.0.0.1:5", Path.of("g"), Path.of("s")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("simulations are not built")
        .hasMessageEndingWith("build first: mvn -B -DskipTests package");
  }

  @Test
  void anInjectorGetsItsShareStartSeedAndResponseTimeLogAndLeavesTheSloToTheMerge(
      @TempDir Path simulations) throws Exception {
    Files.createDirectories(simulations.resolve("target/test-classes"));
    Files.writeString(simulations.resolve("target/gatling-classpath.txt"), "a.jar\n");
    InjectorFiles files = new InjectorFiles(Path.of("/run/load/injector-2"));

    List<String> command =
        new GatlingCommand(Path.of("java"), simulations)
            .command(SOAK, "http://127.0.0.1:5", files, new InjectorPlan(2, 3, 1_000L, 42L), false);

    assertThat(command)
        .contains(
            "-DusersPerSec=35.0",
            "-DinjectorIndex=2",
            "-DinjectorCount=3",
            "-DstartAtEpochMs=1000",
            "-Dseed=42",
            "-Dslo.assert=false",
            "-DresponseTimesLog=/run/load/injector-2/response-times-ms.hlog",
            "-DsummaryFile=/run/load/injector-2/gatling-summary.json")
        .noneMatch(argument -> argument.startsWith("-DrawResponseTimesFile"))
        .endsWith("--results-folder", "/run/load/injector-2/gatling");

    // On one machine there is no instant: the injectors wait for each other's ready marks.
    assertThat(
            new GatlingCommand(Path.of("java"), simulations)
                .command(
                    SOAK, "http://127.0.0.1:5", files, new InjectorPlan(2, 3, null, 42L), false))
        .contains("-DstartBarrierDir=/run/load/start-barrier")
        .noneMatch(argument -> argument.startsWith("-DstartAtEpochMs"));

    List<String> single =
        new GatlingCommand(Path.of("java"), simulations)
            .command(SOAK, "http://127.0.0.1:5", new InjectorFiles(Path.of("/run")), null, true);
    assertThat(single)
        .contains(
            "-DresponseTimesLog=/run/response-times-ms.hlog",
            "-DrawResponseTimesFile=/run/response-times-ms.txt",
            "-DsummaryFile=/run/gatling-summary.json")
        .noneMatch(argument -> argument.startsWith("-DinjectorIndex"))
        .endsWith("--results-folder", "/run/gatling");
  }
}
