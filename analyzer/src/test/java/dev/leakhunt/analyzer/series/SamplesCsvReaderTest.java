package dev.leakhunt.analyzer.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesCsvReaderTest {
  @TempDir Path dir;

  @Test
  void writtenSamplesReadBackExactlyIncludingObjectNamesWithCommas() throws IOException {
    Path file = dir.resolve("samples.csv");
    String mbean = "mbean:dev.leakhunt.shop:endpoint=cart,type=Latency#IntervalCount";
    try (SamplesCsvWriter writer = new SamplesCsvWriter(file)) {
      writer.accept(1_000, "heap.live", 12_345_678);
      writer.accept(2_000, "heap.live", 12_400_000);
      writer.accept(1_500, "capacity:heap.live", 268_435_456);
      writer.accept(1_000, mbean, 0.25);
      writer.accept(2_000, "cpu.process", 0.125);
    }

    RecordedRun run = new SamplesCsvReader().read(file);

    assertThat(run.points("heap.live"))
        .containsExactly(new Point(1_000, 12_345_678), new Point(2_000, 12_400_000));
    assertThat(run.points(mbean)).containsExactly(new Point(1_000, 0.25));
    assertThat(run.capacity("heap.live")).isEqualTo(268_435_456.0);
    assertThat(run.series("heap.live").unit()).isEqualTo("bytes");
    assertThat(run.series(mbean).unit()).isEqualTo("count");
    assertThat(run.firstTimestampMs()).contains(1_000L);
    assertThat(run.lastTimestampMs()).contains(2_000L);
    assertThat(ResourceCatalog.judgedIn(run)).containsExactly("heap.live", mbean);
  }

  @Test
  void everyRowIsOnDiskBeforeTheWriterIsClosed() throws IOException {
    Path file = dir.resolve("samples.csv");
    SamplesCsvWriter writer = new SamplesCsvWriter(file);
    writer.accept(1_000, "threads.live", 17);

    // A run killed now (no close) must still have its sample.
    assertThat(Files.readAllLines(file))
        .containsExactly(SamplesCsvWriter.HEADER, "1000,threads.live,17");
    writer.close();
  }

  @Test
  void tornLastLineOfAKilledRunIsSkipped() throws IOException {
    Path file = dir.resolve("samples.csv");
    Files.write(file, List.of(SamplesCsvWriter.HEADER, "1000,threads.live,17", "2000,threads.li"));

    RecordedRun run = new SamplesCsvReader().read(file);

    assertThat(run.points("threads.live")).containsExactly(new Point(1_000, 17));
  }

  @Test
  void malformedLineInTheMiddleIsAnErrorNamingTheLine() throws IOException {
    Path file = dir.resolve("samples.csv");
    Files.write(
        file,
        List.of(SamplesCsvWriter.HEADER, "1000,threads.live,17", "oops", "3000,threads.live,18"));

    assertThatThrownBy(() -> new SamplesCsvReader().read(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 3 is malformed: 'oops'");
  }

  @Test
  void fileWithoutTheHeaderIsRefused() throws IOException {
    Path file = dir.resolve("samples.csv");
    Files.write(file, List.of("a,b,c"));

    assertThatThrownBy(() -> new SamplesCsvReader().read(file))
        .hasMessageContaining("the first line must be 'timestampMs,resource,value'");
  }
}
