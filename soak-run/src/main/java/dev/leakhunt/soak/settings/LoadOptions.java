package dev.leakhunt.soak.settings;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What the Gatling simulation is asked to do.
 *
 * @param simulationClass fully qualified Gatling simulation class
 * @param profile smoke, soak, stress or spike
 * @param duration steady load after the ramp (stress: the whole ramp)
 * @param ramp ramp-up before the steady load
 * @param usersPerSec arrival rate of new shoppers per second, or null for the profile's default
 * @param thinkTime mean pause between a shopper's steps
 * @param sloP99Millis p99 bound in ms, or null for the profile's default
 * @param sloMaxErrorPercent failed-request bound in percent, or null for the profile's default
 * @param injectors how many Gatling processes share the arrival rate, each 1/N of it (1: one)
 * @param startAtEpochMs the injectors' common start, epoch ms, or null for shortly after launch
 * @param remoteInjectorsDir with injectors on other machines: where their results arrive (the run
 *     waits for them there instead of starting Gatling), or null to run the injectors here
 */
public record LoadOptions(
    String simulationClass,
    String profile,
    Duration duration,
    Duration ramp,
    Double usersPerSec,
    Duration thinkTime,
    Integer sloP99Millis,
    Double sloMaxErrorPercent,
    int injectors,
    Long startAtEpochMs,
    Path remoteInjectorsDir) {

  /** The load of a single local injector. */
  public LoadOptions(
      String simulationClass,
      String profile,
      Duration duration,
      Duration ramp,
      Double usersPerSec,
      Duration thinkTime,
      Integer sloP99Millis,
      Double sloMaxErrorPercent) {
    this(
        simulationClass,
        profile,
        duration,
        ramp,
        usersPerSec,
        thinkTime,
        sloP99Millis,
        sloMaxErrorPercent,
        1,
        null,
        null);
  }

  /** Whether the load is split over several injectors (here or elsewhere). */
  public boolean split() {
    return injectors > 1 || remoteInjectorsDir != null;
  }
}
