package dev.leakhunt.analyzer.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code golden/samples.csv}, written once by {@link SamplesCsvWriter} from the rows below: today's
 * writer writes it byte for byte and today's reader reads those rows from it.
 */
class SamplesCsvGoldenTest {
  private static final String MBEAN =
      "mbean:dev.leakhunt.shop:endpoint=cart,type=Latency#IntervalCount";

  @TempDir Path dir;

  @Test
  void writerStillWritesTheGoldenFile() throws IOException {
    Path file = dir.resolve("samples.csv");
    try (SamplesCsvWriter writer = new SamplesCsvWriter(file)) {
      writeGoldenRows(writer);
    }

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(golden());
  }

  @Test
  void goldenFileReadsAsTheRowsItWasWrittenFrom() throws IOException {
    Path file = Files.writeString(dir.resolve("samples.csv"), golden());

    RecordedRun run = new SamplesCsvReader().read(file);

    assertThat(run.points("heap.live"))
        .containsExactly(new Point(1_000, 12_345_678), new Point(2_000, 12_400_000));
    assertThat(run.points(MBEAN)).containsExactly(new Point(1_000, 0.25));
    assertThat(run.points("cpu.process")).containsExactly(new Point(2_000, 0.125));
    assertThat(run.capacity("heap.live")).isEqualTo(268_435_456.0);
    assertThat(run.firstTimestampMs()).contains(1_000L);
    assertThat(run.lastTimestampMs()).contains(2_000L);
  }

  @Test
  void writtenRowsReadBackEqual() throws IOException {
    Path file = dir.resolve("samples.csv");
    try (SamplesCsvWriter writer = new SamplesCsvWriter(file)) {
      writeGoldenRows(writer);
    }

    RecordedRun written = new SamplesCsvReader().read(file);
    RecordedRun golden =
        new SamplesCsvReader().read(Files.writeString(dir.resolve("golden.csv"), golden()));

    for (String resource : new String[] {"heap.live", MBEAN, "cpu.process"}) {
      assertThat(written.points(resource)).as(resource).isEqualTo(golden.points(resource));
    }
    assertThat(written.capacity("heap.live")).isEqualTo(golden.capacity("heap.live"));
  }

  private static void writeGoldenRows(SamplesCsvWriter writer) {
    writer.accept(1_000, "heap.live", 12_345_678);
    writer.accept(2_000, "heap.live", 12_400_000);
    writer.accept(1_500, "capacity:heap.live", 268_435_456);
    writer.accept(1_000, MBEAN, 0.25);
    writer.accept(2_000, "cpu.process", 0.125);
  }

  private static String golden() throws IOException {
    try (InputStream in =
        SamplesCsvGoldenTest.class.getResourceAsStream(
            "/dev/leakhunt/analyzer/golden/samples.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
