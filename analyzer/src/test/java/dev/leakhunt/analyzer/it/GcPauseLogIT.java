package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.analyzer.it.programs.ChurningProgram;
import dev.leakhunt.testkit.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.HistogramLogProcessor;
import org.junit.jupiter.api.Test;

/**
 * A real run's {@code gc-pauses.hlog} is read whole by HdrHistogram's own {@code
 * HistogramLogProcessor}, run as a user would run it, with no {@code -start}: it counts every pause
 * the analyzer counted, so no interval starts before the log's base time.
 */
class GcPauseLogIT {
  private static final Pattern TOTAL_COUNT = Pattern.compile("Total count\\s*=\\s*(\\d+)");
  private static final Pattern INTERVAL_START =
      Pattern.compile("^(-?\\d+\\.\\d+),", Pattern.MULTILINE);

  @Test
  void histogramLogProcessorCountsEveryPauseOfARealRun() throws Exception {
    Path out = WatchRun.outDir("gc-pauses-hlog");
    try (TargetJvm target = TargetJvm.start(ChurningProgram.class, 90)) {
      AnalyzerProcess.Result result =
          AnalyzerProcess.run(
              out,
              Duration.ofSeconds(90),
              "watch",
              "--jmx",
              target.jmxAddress(),
              "--duration",
              "20s",
              "--warmup",
              "5s",
              "--interval",
              "1s",
              "--live-probe",
              "2s",
              "--out",
              out.toString());
      // 15 s of window is too short to judge: INCONCLUSIVE, but every file is written.
      assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isEqualTo(3);
    }
    Path log = out.resolve("gc-pauses.hlog");
    JsonNode verdict = WatchRun.verdict(out);
    long analyzerCount = verdict.path("gcPauses").path("count").asLong();
    assertThat(analyzerCount).as("forced full GCs every 2 s are pauses").isGreaterThanOrEqualTo(5);

    String logText = Files.readString(log, StandardCharsets.UTF_8);
    Matcher start = INTERVAL_START.matcher(logText);
    assertThat(start.find()).as(logText).isTrue();
    assertThat(Double.parseDouble(start.group(1))).as("first interval's start, s").isNotNegative();

    String processed = runHistogramLogProcessor(log, out.resolve("processed"));
    Matcher total = TOTAL_COUNT.matcher(processed);
    assertThat(total.find()).as(processed).isTrue();
    assertThat(Long.parseLong(total.group(1))).isEqualTo(analyzerCount);
  }

  /** Runs {@code java -cp HdrHistogram.jar org.HdrHistogram.HistogramLogProcessor}; its .hgrm. */
  private static String runHistogramLogProcessor(Path log, Path outputPrefix) throws Exception {
    String jar =
        Path.of(
                HistogramLogProcessor.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI())
            .toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    ChildJvm.javaBinary(),
                    ChildJvm.QUICK_JIT,
                    "-cp",
                    jar,
                    HistogramLogProcessor.class.getName(),
                    "-i",
                    log.toString(),
                    "-o",
                    outputPrefix.toString()))
            .redirectErrorStream(true)
            .redirectOutput(outputPrefix.resolveSibling("processor.out").toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue())
        .as(Files.readString(outputPrefix.resolveSibling("processor.out")))
        .isZero();
    return Files.readString(Path.of(outputPrefix + ".hgrm"), StandardCharsets.UTF_8);
  }
}
