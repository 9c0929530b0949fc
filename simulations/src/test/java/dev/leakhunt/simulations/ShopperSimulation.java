package dev.leakhunt.simulations;

import dev.leakhunt.simulations.chains.ShopperJourneys;
import dev.leakhunt.simulations.config.BaseUrls;
import dev.leakhunt.simulations.config.SimulationConfig;
import dev.leakhunt.simulations.feeders.CatalogSnapshot;
import dev.leakhunt.simulations.feeders.ShopFeeders;
import dev.leakhunt.simulations.load.LoadShapes;
import dev.leakhunt.simulations.load.SloAssertions;
import dev.leakhunt.simulations.requests.ShopProtocol;
import dev.leakhunt.simulations.summary.RunCounters;
import dev.leakhunt.simulations.summary.RunSummary;
import dev.leakhunt.simulations.summary.RunSummaryWriter;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;

/**
 * Shoppers against the sample shop under the chosen load profile, with the profile's SLO asserted.
 * Composes the layers and writes the run summary at the end; all knobs are in {@link
 * SimulationConfig}.
 */
public class ShopperSimulation extends Simulation {
  /** Slack after the last injected shopper for journeys in flight to finish. */
  private static final Duration DRAIN = Duration.ofSeconds(60);

  private final SimulationConfig config = SimulationConfig.fromSystemProperties();
  private final RunCounters counters = new RunCounters();
  private long startedAtMs;

  /** Reads the config and the catalog, then sets up the profile. */
  public ShopperSimulation() {
    System.out.println(config.describe());
    List<String> baseUrls = BaseUrls.fromSystemProperties(config.baseUrl());
    if (baseUrls.size() > 1) {
      System.out.println("  baseUrls          = " + String.join(",", baseUrls) + " (round-robin)");
    }
    ShopFeeders feeders = new ShopFeeders(CatalogSnapshot.fetch(config.baseUrl()));
    ShopperJourneys journeys =
        new ShopperJourneys(
            feeders,
            counters,
            Duration.ofMillis(config.pauseMillis()),
            config.browseOnlyPercent(),
            config.abandonPercent());
    setUp(journeys.shopper().injectOpen(LoadShapes.of(config)))
        .protocols(ShopProtocol.forBaseUrls(baseUrls))
        .assertions(SloAssertions.of(config))
        .maxDuration(Duration.ofSeconds(LoadShapes.injectionSeconds(config)).plus(DRAIN));
  }

  @Override
  public void before() {
    startedAtMs = System.currentTimeMillis();
  }

  @Override
  public void after() {
    if (config.summaryFile() == null) {
      return;
    }
    RunSummary summary =
        new RunSummary(
            getClass().getName(),
            config.baseUrl(),
            config.profile().id(),
            config.usersPerSec(),
            config.rampSeconds(),
            config.durationSeconds(),
            config.p99Millis(),
            config.maxErrorPercent(),
            startedAtMs,
            System.currentTimeMillis(),
            counters.snapshot());
    RunSummaryWriter.write(summary, config.summaryFile());
    System.out.println("leakhunt run summary written to " + config.summaryFile().toAbsolutePath());
  }
}
