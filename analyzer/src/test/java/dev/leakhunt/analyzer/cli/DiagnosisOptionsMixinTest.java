package dev.leakhunt.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.sampler.diagnosis.DiagnosisOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class DiagnosisOptionsMixinTest {
  @Command(name = "watch")
  static final class Watch {
    @Mixin DiagnosisOptionsMixin diagnosis;
  }

  private static DiagnosisOptions parse(String... args) {
    Watch watch = new Watch();
    new CommandLine(watch).parseArgs(args);
    return watch.diagnosis.toOptions();
  }

  @Test
  void everythingButTheHeapDumpIsOnByDefault() {
    assertThat(parse()).isEqualTo(DiagnosisOptions.defaults());
  }

  @Test
  void eachPartCanBeTurnedOff() {
    assertThat(parse("--no-jfr", "--no-histograms", "--no-thread-dumps", "--no-classloader-stats"))
        .isEqualTo(new DiagnosisOptions(false, false, false, false, false, null));
  }

  @Test
  void heapDumpIsOptInWithADirectoryOnTheTarget() {
    assertThat(parse("--heap-dump-on-leak", "--heap-dump-dir", "/var/dumps"))
        .isEqualTo(new DiagnosisOptions(true, true, true, true, true, "/var/dumps"));
  }
}
