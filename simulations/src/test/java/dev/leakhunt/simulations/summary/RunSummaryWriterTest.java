package dev.leakhunt.simulations.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSummaryWriterTest {

  @Test
  void summaryRoundTripsThroughJsonInANewFolder(@TempDir Path folder) throws Exception {
    RunCounters counters = new RunCounters();
    counters.cartCreated();
    counters.cartCreated();
    counters.itemAdded();
    counters.checkoutPlaced(3);
    counters.checkoutOutOfStock();
    counters.cartAbandoned();
    RunSummary summary =
        new RunSummary(
            "Sim",
            "http://127.0.0.1:1",
            "soak",
            20.0,
            60,
            600,
            1000,
            1.0,
            10L,
            20L,
            counters.snapshot());
    Path file = folder.resolve("nested/summary.json");

    RunSummaryWriter.write(summary, file);

    assertThat(RunSummaryWriter.read(file)).isEqualTo(summary);
    assertThat(summary.counts().cartsCreated()).isEqualTo(2);
    assertThat(summary.counts().unitsOrdered()).isEqualTo(3);
    assertThat(Files.readString(file)).contains("\"checkoutsPlaced\" : 1");
    assertThat(folder.resolve("nested/summary.json.tmp")).doesNotExist();
  }
}
