package dev.leakhunt.simulations;

import dev.leakhunt.simulations.chains.ShopperJourneys;
import dev.leakhunt.simulations.config.BaseUrls;
import dev.leakhunt.simulations.config.InjectorConfig;
import dev.leakhunt.simulations.config.SimulationConfig;
import dev.leakhunt.simulations.feeders.CatalogSnapshot;
import dev.leakhunt.simulations.feeders.ShopFeeders;
import dev.leakhunt.simulations.latency.ResponseTimeRecorder;
import dev.leakhunt.simulations.latency.TimedRequests;
import dev.leakhunt.simulations.load.LoadShapes;
import dev.leakhunt.simulations.load.SloAssertions;
import dev.leakhunt.simulations.load.StartBarrier;
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
 * SimulationConfig}, and this process's part of a load split over several injectors (its share of
 * the rate, the common start, its feeder seed, its response-time log) in {@link InjectorConfig}.
 */
public class ShopperSimulation extends Simulation {
  /** Slack after the last injected shopper for journeys in flight to finish. */
  private static final Duration DRAIN = Duration.ofSeconds(60);

  private final SimulationConfig config = SimulationConfig.fromSystemProperties();
  private final InjectorConfig injector = InjectorConfig.fromSystemProperties();
  private final RunCounters counters = new RunCounters();
  private final ResponseTimeRecorder responseTimes =
      ResponseTimeRecorder.open(
          injector.responseTimesLog(),
          injector.rawResponseTimesFile(),
          injector.startAtEpochMs() == null
              ? System.currentTimeMillis()
              : injector.startAtEpochMs());
  private long startedAtMs;

  /** Reads the config and the catalog, then sets up the profile. */
  public ShopperSimulation() {
    System.out.println(config.describe());
    System.out.println(injector.describe());
    List<String> baseUrls = BaseUrls.fromSystemProperties(config.baseUrl());
    if (baseUrls.size() > 1) {
      System.out.println("  baseUrls          = " + String.join(",", baseUrls) + " (round-robin)");
    }
    CatalogSnapshot catalog = CatalogSnapshot.fetch(config.baseUrl());
    ShopFeeders feeders =
        injector.seed() == null
            ? new ShopFeeders(catalog)
            : new ShopFeeders(catalog, injector.seed());
    ShopperJourneys journeys =
        new ShopperJourneys(
            feeders,
            counters,
            new TimedRequests(responseTimes),
            Duration.ofMillis(config.pauseMillis()),
            config.browseOnlyPercent(),
            config.abandonPercent());
    setUp(journeys.shopper().injectOpen(LoadShapes.of(config, injector.rateShare())))
        .protocols(ShopProtocol.forBaseUrls(baseUrls))
        .assertions(injector.assertSlo() ? SloAssertions.of(config) : List.of())
        .maxDuration(Duration.ofSeconds(LoadShapes.injectionSeconds(config)).plus(DRAIN));
  }

  /** Waits for the injectors' common start, when there is one. */
  @Override
  public void before() {
    String injectorName =
        "leakhunt injector " + injector.injectorIndex() + " of " + injector.injectorCount();
    try {
      if (injector.startBarrierDir() != null) {
        long waitedMs =
            new StartBarrier()
                .awaitPeers(
                    injector.startBarrierDir(), injector.injectorIndex(), injector.injectorCount());
        System.out.println(injectorName + " started with the others after " + waitedMs + " ms");
      } else if (injector.startAtEpochMs() != null) {
        long lateMs = new StartBarrier().await(injector.startAtEpochMs());
        System.out.println(injectorName + " started " + lateMs + " ms after the common start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the common start", e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot mark this injector ready", e);
    }
    startedAtMs = System.currentTimeMillis();
  }

  @Override
  public void after() {
    responseTimes.close();
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
