package dev.leakhunt.soak.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.soak.invariants.InvariantChecks;
import dev.leakhunt.soak.invariants.LoadSummary;
import dev.leakhunt.soak.invariants.ShopStats;
import dev.leakhunt.soak.load.GatlingCommand;
import dev.leakhunt.soak.settings.LoadOptions;
import dev.leakhunt.soak.settings.ShopOptions;
import dev.leakhunt.soak.target.HealthProbe;
import dev.leakhunt.soak.target.RunningShop;
import dev.leakhunt.soak.target.ShopLauncher;
import dev.leakhunt.soak.verdict.CheckResult;
import dev.leakhunt.soak.verdict.SloResults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every load profile's wiring, for real: a fresh shop on loopback, the real Gatling simulation for
 * a few seconds, the SLO assertions Gatling printed, and the shop's invariants against what the
 * shoppers saw. Runs from the repository root (failsafe's working directory).
 */
class ProfilesIT {
  private static final String SIMULATION = "dev.leakhunt.simulations.ShopperSimulation";
  private static final Path OUT = Path.of("soak-run/target/profiles-it");
  private static final Duration RUN_TIMEOUT = Duration.ofSeconds(150);

  private RunningShop shop;

  @BeforeEach
  void startShop() throws Exception {
    ShopLauncher launcher =
        new ShopLauncher(ProcessRunner.javaBinary(), Path.of("target-app/target/target-app.jar"));
    shop =
        launcher.start(
            new ShopOptions(List.of(), 1, Duration.ofSeconds(30), 200, "256m"),
            OUT.resolve("shop-" + System.nanoTime() + ".log"),
            Duration.ofSeconds(60));
    new HealthProbe().awaitHealthy(shop.ready().baseUrl() + "/health", Duration.ofSeconds(30));
  }

  @AfterEach
  void stopShop() throws Exception {
    shop.stop(Duration.ofSeconds(20));
  }

  @ParameterizedTest
  @ValueSource(strings = {"smoke", "soak", "stress", "spike"})
  void profileRunsCleanlyWithinItsSloAndTheShopAgrees(String profile) throws Exception {
    Path runDir = OUT.resolve(profile);
    LoadOptions load =
        new LoadOptions(
            SIMULATION,
            profile,
            Duration.ofSeconds(8),
            Duration.ofSeconds(2),
            8.0,
            Duration.ofMillis(50),
            null,
            null);

    int exitCode = runGatling(load, runDir);

    List<String> output = Files.readAllLines(runDir.resolve("gatling.log"), StandardCharsets.UTF_8);
    assertThat(exitCode).as("Gatling exit code, see %s", runDir).isZero();
    assertThat(output).contains("  profile           = " + profile);
    List<CheckResult> slo = SloResults.from(exitCode, output);
    assertThat(slo).hasSize(3).noneMatch(CheckResult::failed);
    assertThat(slo.get(0).name())
        .startsWith("Global: 99th percentile of response time is less than");
    assertThat(gatlingReport(runDir)).isNotNull();

    LoadSummary shoppers = LoadSummary.read(runDir.resolve("summary.json"));
    assertThat(shoppers.cartsCreated()).isPositive();
    assertThat(shoppers.checkoutsPlaced()).isPositive();
    ShopStats stats = ShopStats.parse(ShopStats.fetchBody(shop.ready().baseUrl()));
    assertThat(stats.ordersPlaced()).isEqualTo(shoppers.checkoutsPlaced());
    assertThat(InvariantChecks.check(stats, shoppers)).noneMatch(CheckResult::failed);
  }

  @Test
  void brokenSloFailsTheRunAndStillWritesTheReport() throws Exception {
    Path runDir = OUT.resolve("broken-slo");
    LoadOptions load =
        new LoadOptions(
            SIMULATION,
            "smoke",
            Duration.ofSeconds(4),
            Duration.ofSeconds(1),
            5.0,
            Duration.ofMillis(50),
            1,
            null);

    int exitCode = runGatling(load, runDir);

    List<String> output = Files.readAllLines(runDir.resolve("gatling.log"), StandardCharsets.UTF_8);
    assertThat(exitCode).isNotZero();
    List<CheckResult> slo = SloResults.from(exitCode, output);
    assertThat(slo)
        .filteredOn(CheckResult::failed)
        .extracting(CheckResult::name)
        .containsExactly("Global: 99th percentile of response time is less than 1.0");
    assertThat(gatlingReport(runDir)).isNotNull();
  }

  private int runGatling(LoadOptions load, Path runDir) throws Exception {
    if (Files.exists(runDir)) {
      try (Stream<Path> files = Files.walk(runDir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
    List<String> command =
        new GatlingCommand(ProcessRunner.javaBinary(), Path.of("simulations"))
            .command(
                load,
                shop.ready().baseUrl(),
                runDir.resolve("results"),
                runDir.resolve("summary.json"));
    return ProcessRunner.run(command, runDir.resolve("gatling.log"), RUN_TIMEOUT);
  }

  private static Path gatlingReport(Path runDir) throws Exception {
    try (Stream<Path> files = Files.walk(runDir.resolve("results"), 2)) {
      return files.filter(file -> file.endsWith("index.html")).findFirst().orElse(null);
    }
  }
}
