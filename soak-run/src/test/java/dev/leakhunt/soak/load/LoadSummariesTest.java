package dev.leakhunt.soak.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakhunt.soak.invariants.LoadSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadSummariesTest {

  private static Path summary(Path dir, String name, long started, long placed, long units)
      throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(
        file,
        """
        {"simulation":"S","profile":"soak","usersPerSec":20.0,"sloP99Millis":1000,
         "sloMaxErrorPercent":1.0,"startedAtMs":%d,"endedAtMs":%d,
         "counts":{"cartsCreated":10,"checkoutsPlaced":%d,"unitsOrdered":%d,"checkoutsFailed":1}}
        """
            .formatted(started, started + 60_000, placed, units));
    return file;
  }

  @Test
  void countsAreSummedAndTheRunSpansFromTheFirstStartToTheLastEnd(@TempDir Path dir)
      throws Exception {
    Path merged = dir.resolve("out/gatling-summary.json");

    LoadSummaries.merge(
        List.of(summary(dir, "a.json", 5_000, 3, 7), summary(dir, "b.json", 4_000, 4, 9)), merged);

    JsonNode json = new ObjectMapper().readTree(merged.toFile());
    assertThat(json.path("injectors").asInt()).isEqualTo(2);
    assertThat(json.path("startedAtMs").asLong()).isEqualTo(4_000);
    assertThat(json.path("endedAtMs").asLong()).isEqualTo(65_000);
    assertThat(json.path("sloP99Millis").asInt()).isEqualTo(1_000);
    LoadSummary load = LoadSummary.read(merged);
    assertThat(load.cartsCreated()).isEqualTo(20);
    assertThat(load.checkoutsPlaced()).isEqualTo(7);
    assertThat(load.unitsOrdered()).isEqualTo(16);
    assertThat(load.checkoutsFailed()).isEqualTo(2);
  }

  @Test
  void aMissingSummaryNamesTheInjectorThatDidNotFinish(@TempDir Path dir) {
    assertThatThrownBy(
            () -> LoadSummaries.merge(List.of(dir.resolve("gone.json")), dir.resolve("m.json")))
        .hasMessageContaining("gone.json")
        .hasMessageContaining("did not finish");
  }
}
