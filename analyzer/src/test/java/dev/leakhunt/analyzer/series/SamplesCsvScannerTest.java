package dev.leakhunt.analyzer.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesCsvScannerTest {
  private static final long START_MS = 1_800_000_000_000L;

  @TempDir Path dir;

  private record Row(long timestampMs, String resource, double value) {}

  private List<Row> scan(SamplesCsvScanner scanner) throws IOException {
    List<Row> rows = new ArrayList<>();
    scanner.forEach((t, r, v) -> rows.add(new Row(t, r, v)));
    return rows;
  }

  private Path file(String... lines) throws IOException {
    Path file = dir.resolve("samples.csv");
    Files.writeString(file, SamplesCsvWriter.HEADER + "\n" + String.join("\n", lines));
    return file;
  }

  @Test
  void malformedLinesAreSkippedAndCountedButATornLastLineIsNot() throws IOException {
    SamplesCsvScanner scanner =
        new SamplesCsvScanner(
            file(
                START_MS + ",heap.live,100",
                "garbage in the middle",
                (START_MS + 1000) + ",heap.live,not-a-number",
                (START_MS + 2000) + ",heap.live,300",
                (START_MS + 3000) + ",heap.li"),
            START_MS);

    assertThat(scan(scanner))
        .containsExactly(
            new Row(START_MS, "heap.live", 100), new Row(START_MS + 2000, "heap.live", 300));
    assertThat(scanner.health()).isEqualTo(new SamplesHealth(2, 0, 0, 0));
  }

  @Test
  void corruptTimestampsAreSkippedAndARealClockJumpKept() throws IOException {
    long hour = 3_600_000;
    SamplesCsvScanner scanner =
        new SamplesCsvScanner(
            file(
                START_MS + ",threads.live,10",
                "17,threads.live,11", // Digits lost: before the run.
                (START_MS * 10) + ",threads.live,12", // A digit doubled: far ahead, alone.
                (START_MS + 1000) + ",threads.live,13",
                (START_MS + 3 * hour) + ",threads.live,14", // The clock moved: confirmed below.
                (START_MS + 3 * hour + 1000) + ",threads.live,15",
                (START_MS + 2000) + ",threads.live,16"), // Far behind the moved clock.
            START_MS);

    assertThat(scan(scanner)).extracting(Row::value).containsExactly(10.0, 13.0, 14.0, 15.0);
    assertThat(scanner.health()).isEqualTo(new SamplesHealth(0, 2, 1, 1));
  }

  @Test
  void quotedResourceIdsAreReadAsTheirText() throws IOException {
    SamplesCsvScanner scanner =
        new SamplesCsvScanner(
            file(START_MS + ",\"mbean:a=b,c=\"\"d\"\"#X\",5", START_MS + ",heap.live,1"), START_MS);

    assertThat(scan(scanner)).first().isEqualTo(new Row(START_MS, "mbean:a=b,c=\"d\"#X", 5));
  }
}
