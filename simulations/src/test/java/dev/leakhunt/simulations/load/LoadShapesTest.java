package dev.leakhunt.simulations.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leakhunt.simulations.config.SimulationConfig;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LoadShapesTest {

  private static SimulationConfig config(String profile, String usersPerSec) {
    Properties properties = new Properties();
    properties.setProperty("profile", profile);
    properties.setProperty("usersPerSec", usersPerSec);
    properties.setProperty("rampSeconds", "30");
    properties.setProperty("durationSeconds", "600");
    return SimulationConfig.from(properties);
  }

  private static double users(List<RateSegment> segments) {
    return segments.stream().mapToDouble(RateSegment::users).sum();
  }

  /**
   * For every profile, N injectors at 1/N of every rate send the shape of one, second by second.
   */
  @Test
  void injectorsTogetherSendTheShapeOfOneForEveryProfile() {
    for (String profile : List.of("smoke", "soak", "stress", "spike")) {
      List<RateSegment> whole = LoadShapes.segments(config(profile, "37"));
      for (int injectors : new int[] {2, 3, 7}) {
        double share = 1.0 / injectors;
        List<RateSegment> part = whole.stream().map(segment -> segment.scaled(share)).toList();
        assertThat(part).hasSameSizeAs(whole);
        for (int i = 0; i < whole.size(); i++) {
          RateSegment one = whole.get(i);
          RateSegment each = part.get(i);
          assertThat(each.seconds()).isEqualTo(one.seconds());
          assertThat(each.ramp()).isEqualTo(one.ramp());
          assertThat(each.fromUsersPerSec() * injectors)
              .as("%s, %d injectors, segment %d start", profile, injectors, i)
              .isCloseTo(one.fromUsersPerSec(), within(1e-9));
          assertThat(each.toUsersPerSec() * injectors).isCloseTo(one.toUsersPerSec(), within(1e-9));
        }
        assertThat(users(part) * injectors).isCloseTo(users(whole), within(1e-6));
      }
    }
  }

  @Test
  void soakRampsFromOnePerSecondThenHoldsTheRate() {
    List<RateSegment> soak = LoadShapes.segments(config("soak", "20"));

    assertThat(soak).containsExactly(RateSegment.ramp(1.0, 20.0, 30), RateSegment.hold(20.0, 600));
    // 30 s ramp (10.5 shoppers/s on average) plus 600 s at 20/s.
    assertThat(users(soak)).isEqualTo(315.0 + 12_000.0);
  }

  @Test
  void spikeBurstsToFiveTimesTheBaseAndFillsTheDuration() {
    List<RateSegment> spike = LoadShapes.segments(config("spike", "10"));

    assertThat(spike).extracting(RateSegment::toUsersPerSec).contains(50.0);
    assertThat(spike.stream().mapToInt(RateSegment::seconds).sum()).isEqualTo(30 + 600);
  }
}
