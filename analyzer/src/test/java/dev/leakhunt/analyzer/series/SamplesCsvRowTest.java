package dev.leakhunt.analyzer.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code samples.csv} is RFC 4180: checked against two readers that share no code with ours,
 * Python's {@code csv} module and Jackson's CSV parser, and against files of the older unquoted
 * format.
 */
class SamplesCsvRowTest {
  /** Resource ids that need quoting, as MBean ObjectNames and user attributes can spell them. */
  static final List<String> AWKWARD_RESOURCES =
      List.of(
          "mbean:dev.leakhunt.shop:endpoint=cart,type=Latency#IntervalCount",
          "mbean:app:type=Cache,name=\"orders, by id\"#Size",
          "mbean:app:type=Odd,name=\"line\nbreak\"#Size",
          "mbean:app:type=Odd,name=\"carriage\rreturn\"#Size",
          "mbean:app:type=Odd,name=\"\"#Size",
          "heap.live",
          "capacity:heap.live");

  @TempDir Path dir;

  private List<SamplesCsvRow> awkwardRows() {
    List<SamplesCsvRow> rows = new ArrayList<>();
    long t = 1_700_000_000_000L;
    for (String resource : AWKWARD_RESOURCES) {
      rows.add(new SamplesCsvRow(t, resource, 12_345_678));
      rows.add(new SamplesCsvRow(t + 1_000, resource, 0.25));
      t += 7;
    }
    return rows;
  }

  private Path writeAwkwardFile() throws IOException {
    Path file = dir.resolve("samples.csv");
    try (SamplesCsvWriter writer = new SamplesCsvWriter(file)) {
      for (SamplesCsvRow row : awkwardRows()) {
        writer.accept(row.timestampMs(), row.resource(), row.value());
      }
    }
    return file;
  }

  @Test
  void onlyFieldsWithCommasQuotesOrLineBreaksAreQuoted() {
    assertThat(new SamplesCsvRow(1000, "threads.live", 17).encode())
        .isEqualTo("1000,threads.live,17\r\n");
    assertThat(new SamplesCsvRow(1000, "mbean:a:type=B,name=C#D", 0.5).encode())
        .isEqualTo("1000,\"mbean:a:type=B,name=C#D\",0.5\r\n");
    assertThat(new SamplesCsvRow(1000, "mbean:a:name=\"x\"#D", 2).encode())
        .isEqualTo("1000,\"mbean:a:name=\"\"x\"\"#D\",2\r\n");
  }

  @Test
  void ourReaderReadsEveryAwkwardResourceBack() throws IOException {
    RecordedRun run = new SamplesCsvReader().read(writeAwkwardFile());

    for (String resource : AWKWARD_RESOURCES) {
      assertThat(run.points(resource)).as(resource).hasSize(2);
    }
  }

  @Test
  void jacksonsCsvParserReadsThreeFieldsPerRowWithTheExactResource() throws IOException {
    Path file = writeAwkwardFile();
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String[]> records = new ArrayList<>();
    try (MappingIterator<String[]> it =
        mapper.readerFor(String[].class).readValues(file.toFile())) {
      while (it.hasNext()) {
        records.add(it.next());
      }
    }

    List<SamplesCsvRow> expected = awkwardRows();
    assertThat(records).hasSize(expected.size() + 1);
    assertThat(records.get(0)).containsExactly("timestampMs", "resource", "value");
    for (int i = 0; i < expected.size(); i++) {
      SamplesCsvRow row = expected.get(i);
      assertThat(records.get(i + 1))
          .as("row %d", i + 1)
          .containsExactly(
              Long.toString(row.timestampMs()),
              row.resource(),
              SamplesCsvRow.formatValue(row.value()));
    }
  }

  /**
   * Python reads each row as three fields, and its {@code csv.writer} (RFC 4180 by default: CRLF,
   * minimal quoting) writes the very same bytes back.
   */
  @Test
  void pythonsCsvModuleReadsThreeFieldsPerRowAndWritesTheSameBytes() throws Exception {
    Assumptions.assumeTrue(
        onPath("python3"),
        "python3 is not on PATH: the round trip through Python's csv module is skipped here "
            + "(the Jackson round trip still runs)");
    Path file = writeAwkwardFile();
    Path copy = dir.resolve("python-copy.csv");
    String script =
        String.join(
            "\n",
            "import csv, sys",
            "with open(sys.argv[1], newline='', encoding='utf-8') as f:",
            "    rows = list(csv.reader(f))",
            "bad = [r for r in rows if len(r) != 3]",
            "with open(sys.argv[2], 'w', newline='', encoding='utf-8') as f:",
            "    csv.writer(f).writerows(rows)",
            "print(len(rows), len(bad), sorted(set(r[1] for r in rows[1:])) == sorted(set(",
            "    [" + pythonList() + "])))");
    Process python =
        new ProcessBuilder("python3", "-c", script, file.toString(), copy.toString())
            .redirectErrorStream(true)
            .start();
    String printed = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(python.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(python.exitValue()).as(printed).isZero();
    assertThat(printed.strip()).isEqualTo((awkwardRows().size() + 1) + " 0 True");
    assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void olderFilesWithUnquotedObjectNamesStillRead() throws IOException {
    Path file = dir.resolve("samples.csv");
    Files.writeString(
        file,
        "timestampMs,resource,value\n"
            + "1000,mbean:dev.leakhunt.shop:endpoint=cart,type=Latency#IntervalCount,3\n"
            + "1000,mbean:app:type=Cache,name=\"a\"#Size,0.5\n"
            + "1000,heap.live,123\n");

    RecordedRun run = new SamplesCsvReader().read(file);

    assertThat(run.points("mbean:dev.leakhunt.shop:endpoint=cart,type=Latency#IntervalCount"))
        .containsExactly(new Point(1000, 3));
    assertThat(run.points("mbean:app:type=Cache,name=\"a\"#Size"))
        .containsExactly(new Point(1000, 0.5));
    assertThat(run.points("heap.live")).containsExactly(new Point(1000, 123));
  }

  @Test
  void aQuotedRecordWithTooManyFieldsIsMalformed() throws IOException {
    SamplesCsvRow.Record record = SamplesCsvRow.read(new StringReader("1000,\"a,b\",c,5\r\n"));

    assertThat(record.fields()).containsExactly("1000", "a,b", "c", "5");
    assertThatThrownBy(() -> SamplesCsvRow.decode(record))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aQuoteLeftOpenByAKillIsAnIncompleteRecord() throws IOException {
    SamplesCsvRow.Record record = SamplesCsvRow.read(new StringReader("1000,\"mbean:a:type=B,na"));

    assertThat(record.complete()).isFalse();
  }

  @Test
  void tornQuotedLastRecordIsSkippedButAMalformedMiddleOneNamesItsLine() throws IOException {
    Path torn = dir.resolve("torn.csv");
    Files.writeString(
        torn, "timestampMs,resource,value\r\n1000,\"a,b\",1\r\n2000,\"a,b\",2\r\n3000,\"a,");
    Path broken = dir.resolve("broken.csv");
    Files.writeString(
        broken,
        "timestampMs,resource,value\r\n1000,\"a\nb\",1\r\n2000,\"x,y\",z\r\n3000,\"a\nb\",3\r\n");

    assertThat(new SamplesCsvReader().read(torn).points("a,b"))
        .containsExactly(new Point(1000, 1), new Point(2000, 2));
    // The record on line 4 follows one that spans lines 2 and 3.
    assertThatThrownBy(() -> new SamplesCsvReader().read(broken))
        .hasMessageContaining("line 4 is malformed: '2000,\"x,y\",z'");
  }

  private static String pythonList() {
    List<String> literals = new ArrayList<>();
    for (String resource : AWKWARD_RESOURCES) {
      literals.add(
          "'"
              + resource
                  .replace("\\", "\\\\")
                  .replace("'", "\\'")
                  .replace("\n", "\\n")
                  .replace("\r", "\\r")
              + "'");
    }
    return String.join(", ", literals);
  }

  private static boolean onPath(String program) {
    for (String dirName : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dirName.isEmpty() && Files.isExecutable(Path.of(dirName, program))) {
        return true;
      }
    }
    return false;
  }
}
