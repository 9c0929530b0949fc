package dev.leakhunt.simulations.load;

/**
 * One piece of an open-model load shape: the arrival rate goes linearly from {@code
 * fromUsersPerSec} to {@code toUsersPerSec} over {@code seconds} (a constant rate when they are
 * equal and {@code ramp} is false).
 *
 * @param ramp whether Gatling ramps the rate (else it holds {@code fromUsersPerSec})
 * @param fromUsersPerSec arrivals per second at the start of the segment
 * @param toUsersPerSec arrivals per second at its end
 * @param seconds the segment's length
 */
public record RateSegment(boolean ramp, double fromUsersPerSec, double toUsersPerSec, int seconds) {

  /** A constant rate held for {@code seconds}. */
  static RateSegment hold(double usersPerSec, int seconds) {
    return new RateSegment(false, usersPerSec, usersPerSec, seconds);
  }

  /** A linear ramp. */
  static RateSegment ramp(double fromUsersPerSec, double toUsersPerSec, int seconds) {
    return new RateSegment(true, fromUsersPerSec, toUsersPerSec, seconds);
  }

  /** The same segment with every rate multiplied by {@code share} (one injector's part). */
  RateSegment scaled(double share) {
    return new RateSegment(ramp, fromUsersPerSec * share, toUsersPerSec * share, seconds);
  }

  /** Shoppers this segment injects: the area under the rate. */
  public double users() {
    return (fromUsersPerSec + toUsersPerSec) / 2.0 * seconds;
  }
}
