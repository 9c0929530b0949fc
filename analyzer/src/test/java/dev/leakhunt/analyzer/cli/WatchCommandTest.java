package dev.leakhunt.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.watch.EarlyStop;
import dev.leakhunt.analyzer.watch.WatchSettings;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class WatchCommandTest {
  private static WatchSettings parse(String... args) {
    WatchCommand command = new WatchCommand();
    new CommandLine(command).parseArgs(args);
    return command.settings();
  }

  @Test
  void stopEarlyIsOffUnlessAskedFor() {
    assertThat(parse("--jmx", "127.0.0.1:9010", "--out", "run").stopEarly()).isFalse();
    assertThat(parse("--jmx", "127.0.0.1:9010", "--out", "run", "--stop-early").stopEarly())
        .isTrue();
  }

  @Test
  void stopEarlyUsesTheUsersHeapThreshold() {
    WatchSettings settings =
        parse("--pid", "42", "--out", "run", "--stop-early", "--threshold", "heap.live=64MiB");

    assertThat(EarlyStop.threshold(settings).minSlopePerHour()).isEqualTo(64 * 1024 * 1024);
  }

  /**
   * The command line {@code ./soak --stop-early} gives the analyzer (soak-run's {@code
   * AnalyzerWatch}, pinned by its {@code AnalyzerWatchTest}) parses here into the same settings.
   */
  @Test
  void commandLineBuiltBySoakParsesWithStopEarlyAndTheLoadAfterTheSeparator() {
    WatchSettings settings =
        parse(
            "--jmx",
            "127.0.0.1:2",
            "--warmup",
            "2m",
            "--interval",
            "5s",
            "--stop-early",
            "--no-jfr",
            "--mbean",
            "dev.leakhunt.shop:type=NettyAllocator#UsedDirectMemory",
            "--out",
            "/runs/r3/analyzer",
            "--",
            "gatling");

    assertThat(settings.stopEarly()).isTrue();
    assertThat(settings.command()).containsExactly("gatling");
    assertThat(settings.mbeans()).hasSize(1);
    // With a command and no --duration, the command's life is the window.
    assertThat(settings.duration()).isNull();
  }
}
