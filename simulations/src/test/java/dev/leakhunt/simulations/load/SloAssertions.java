package dev.leakhunt.simulations.load;

import static io.gatling.javaapi.core.CoreDsl.global;

import dev.leakhunt.simulations.config.SimulationConfig;
import io.gatling.javaapi.core.Assertion;
import java.util.List;

/**
 * The client-side SLO of a run: p99 response time and failed-request share (zero failures for a
 * zero budget), plus at least one successful request so an empty run cannot pass. A broken
 * assertion makes Gatling exit non-zero, which fails the soak.
 */
public final class SloAssertions {
  private SloAssertions() {}

  /** The assertions for the config's SLO figures. */
  public static List<Assertion> of(SimulationConfig config) {
    Assertion errors =
        config.maxErrorPercent() == 0
            ? global().failedRequests().count().is(0L)
            : global().failedRequests().percent().lte(config.maxErrorPercent());
    return List.of(
        global().responseTime().percentile(99.0).lt(config.p99Millis()),
        errors,
        global().successfulRequests().count().gt(0L));
  }
}
