package dev.leakhunt.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
