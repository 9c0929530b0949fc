package dev.leakhunt.soak.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.soak.settings.WatchOptions;
import dev.leakhunt.soak.target.TargetEndpoints;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzerWatchTest {
  private static final AnalyzerWatch WATCH =
      new AnalyzerWatch(Path.of("java"), Path.of("analyzer/target/analyzer.jar"));

  @Test
  void embeddedShopIsWatchedOverJmxWithItsAllocatorMBeanAndTheLoadAfterTheSeparator() {
    List<String> command =
        WATCH.command(
            new TargetEndpoints("http://127.0.0.1:1", "127.0.0.1:2", null, null),
            new WatchOptions(
                Duration.ofSeconds(15),
                Duration.ofSeconds(1),
                Duration.ofSeconds(10),
                List.of("heap.live=1000000"),
                List.of()),
            Path.of("/runs/r1/analyzer"),
            true,
            List.of("java", "-cp", "x", "io.gatling.app.Gatling"));

    assertThat(command)
        .containsExactly(
            "java",
            "-Xmx256m",
            "-jar",
            "analyzer/target/analyzer.jar",
            "watch",
            "--jmx",
            "127.0.0.1:2",
            "--warmup",
            "15s",
            "--interval",
            "1s",
            "--live-probe",
            "10s",
            "--threshold",
            "heap.live=1000000",
            "--mbean",
            "dev.leakhunt.shop:type=NettyAllocator#UsedDirectMemory",
            "--latency",
            "dev.leakhunt.shop:type=Latency,endpoint=*#IntervalP99Micros",
            "--out",
            "/runs/r1/analyzer",
            "--",
            "java",
            "-cp",
            "x",
            "io.gatling.app.Gatling");
  }

  @Test
  void externalTargetPassesCredentialsAndNoShopMBean() {
    List<String> command =
        WATCH.command(
            new TargetEndpoints("http://10.0.0.5:8080", "10.0.0.5:9010", "ops", Path.of("pw")),
            new WatchOptions(
                Duration.ofMinutes(2),
                Duration.ofSeconds(5),
                Duration.ZERO,
                List.of(),
                List.of("--heap-dump-on-leak", "--ssl")),
            Path.of("/runs/r2/analyzer"),
            false,
            List.of("true"));

    assertThat(String.join(" ", command))
        .contains(
            "--jmx 10.0.0.5:9010 --user ops --password-file pw --warmup 2m --interval 5s --live-probe off"
                + " --heap-dump-on-leak --ssl --out")
        .doesNotContain("--mbean")
        .doesNotContain("--latency");
  }

  @Test
  void tagsAndBaselineArePassedToTheWatch() {
    List<String> command =
        WATCH.command(
            new TargetEndpoints("http://127.0.0.1:1", "127.0.0.1:2", null, null),
            new WatchOptions(
                Duration.ofSeconds(15),
                Duration.ofSeconds(1),
                null,
                List.of(),
                List.of(),
                List.of("load.profile=soak", "version=1.4.2"),
                Path.of("/runs/r0"),
                false),
            Path.of("/runs/r1/analyzer"),
            false,
            List.of("true"));

    assertThat(String.join(" ", command))
        .contains("--tag load.profile=soak --tag version=1.4.2 --baseline /runs/r0 --out");
  }

  @Test
  void stopEarlyIsPassedBeforeTheOutputAndTheLoadCommand() {
    List<String> command =
        WATCH.command(
            new TargetEndpoints("http://127.0.0.1:1", "127.0.0.1:2", null, null),
            new WatchOptions(
                Duration.ofMinutes(2),
                Duration.ofSeconds(5),
                null,
                List.of(),
                List.of("--no-jfr"),
                List.of(),
                null,
                true),
            Path.of("/runs/r3/analyzer"),
            true,
            List.of("gatling"));

    assertThat(String.join(" ", command))
        .contains("--interval 5s --stop-early --no-jfr --mbean")
        .endsWith("--out /runs/r3/analyzer -- gatling");
  }

  @Test
  void stopEarlyGivenAlsoAsAnAnalyzerArgumentIsPassedOnce() {
    List<String> command =
        WATCH.command(
            new TargetEndpoints("http://127.0.0.1:1", "127.0.0.1:2", null, null),
            new WatchOptions(
                Duration.ofMinutes(2),
                Duration.ofSeconds(5),
                null,
                List.of(),
                List.of("--stop-early"),
                List.of(),
                null,
                true),
            Path.of("/runs/r4/analyzer"),
            false,
            List.of("gatling"));

    assertThat(command.stream().filter("--stop-early"::equals)).hasSize(1);
  }
}
