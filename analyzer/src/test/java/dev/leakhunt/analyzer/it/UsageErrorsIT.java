package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.testkit.Loopback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** Bad arguments and unreachable targets: exit 2 and exactly one line on stderr, no stack trace. */
class UsageErrorsIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static AnalyzerProcess.Result run(String scenario, String... args) throws Exception {
    return AnalyzerProcess.run(WatchRun.outDir("usage-" + scenario), TIMEOUT, args);
  }

  private static void assertOneLineError(AnalyzerProcess.Result result, String line) {
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).containsExactly(line);
    assertThat(result.stdout()).isEmpty();
  }

  @Test
  void unknownOptionExitsTwoWithOneLine() throws Exception {
    assertOneLineError(
        run("unknown", "watch", "--jmx", "127.0.0.1:1", "--out", "x", "--frobnicate"),
        "analyzer: Unknown option: '--frobnicate' (see --help)");
  }

  @Test
  void badDurationExitsTwoWithTheRule() throws Exception {
    assertOneLineError(
        run("duration", "watch", "--jmx", "127.0.0.1:1", "--out", "x", "--duration", "10"),
        "analyzer: Invalid value for option '--duration': '10' is not a duration: use a number"
            + " with a unit, e.g. 500ms, 45s, 10m, 8h, 1h30m (see --help)");
  }

  @Test
  void warmupNotShorterThanDurationExitsTwoWithBothValues() throws Exception {
    assertOneLineError(
        run(
            "warmup",
            "watch",
            "--jmx",
            "127.0.0.1:1",
            "--out",
            "x",
            "--duration",
            "10m",
            "--warmup",
            "20m"),
        "analyzer: --warmup must be shorter than --duration (got 20m >= 10m)");
  }

  @Test
  void unreachablePortExitsTwoNamingHostPortAndRefusal() throws Exception {
    int closedPort = Loopback.freePort();
    Path out = WatchRun.outDir("usage-refused-out");
    deleteTree(out);
    assertOneLineError(
        run("refused", "watch", "--jmx", "127.0.0.1:" + closedPort, "--out", out.toString()),
        "analyzer: cannot connect to 127.0.0.1:" + closedPort + ": connection refused");
    // A failed connect leaves no empty evidence folder behind.
    assertThat(out).doesNotExist();
  }

  @Test
  void outHoldingAnotherRunIsRefusedAndLeftAlone() throws Exception {
    Path out = WatchRun.outDir("usage-reused-out-dir");
    java.nio.file.Files.createDirectories(out);
    java.nio.file.Files.writeString(out.resolve("verdict.json"), "{\"outcome\":\"PASS\"}");
    java.nio.file.Files.writeString(out.resolve("samples.csv"), "timestampMs,resource,value\n");
    assertOneLineError(
        run("reused-out", "watch", "--jmx", "127.0.0.1:1", "--out", out.toString()),
        "analyzer: --out "
            + out
            + " already holds another run (samples.csv, verdict.json): choose a new folder, or"
            + " empty this one to replace that run");
    assertThat(out.resolve("verdict.json")).hasContent("{\"outcome\":\"PASS\"}");
  }

  @Test
  void unknownHostExitsTwoNamingTheHost() throws Exception {
    AnalyzerProcess.Result result =
        run(
            "unknown-host",
            "watch",
            "--jmx",
            "no-such-host.invalid:9010",
            "--out",
            WatchRun.outDir("usage-unknown-host-out").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines()).hasSize(1);
    assertThat(result.stderrLines().get(0))
        .startsWith("analyzer: cannot connect to no-such-host.invalid:9010: unknown host");
  }

  @Test
  void missingTargetExitsTwo() throws Exception {
    AnalyzerProcess.Result result = run("no-target", "watch", "--out", "x");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderrLines())
        .containsExactly(
            "analyzer: Error: Missing required argument (specify one of these):"
                + " (--jmx=HOST:PORT|URL | --pid=PID) (see --help)");
  }

  @Test
  void reportOfADirectoryWithoutSamplesExitsTwo() throws Exception {
    Path empty = WatchRun.outDir("usage-empty-dir");
    java.nio.file.Files.createDirectories(empty);
    assertOneLineError(
        run("report-empty", "report", empty.toString()),
        "analyzer: " + empty + " is not a watch directory: it needs samples.csv and run.json");
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Test
  void helpAndVersionExitZero() throws Exception {
    AnalyzerProcess.Result help = run("help", "watch", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.stdout()).contains("--live-probe=PERIOD|off").contains("Exit codes: 0 PASS");
    assertThat(help.stderr()).isEmpty(); // No "[picocli WARN] Could not format" lines.
    AnalyzerProcess.Result version = run("version", "--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.stdout()).startsWith("leakhunt analyzer 0.1.0-SNAPSHOT");
  }
}
