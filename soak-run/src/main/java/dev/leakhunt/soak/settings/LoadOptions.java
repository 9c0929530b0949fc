package dev.leakhunt.soak.settings;

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
 */
public record LoadOptions(
    String simulationClass,
    String profile,
    Duration duration,
    Duration ramp,
    Double usersPerSec,
    Duration thinkTime,
    Integer sloP99Millis,
    Double sloMaxErrorPercent) {}
