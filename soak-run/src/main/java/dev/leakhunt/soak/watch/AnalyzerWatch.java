package dev.leakhunt.soak.watch;

import dev.leakhunt.contract.duration.DurationText;
import dev.leakhunt.soak.settings.WatchOptions;
import dev.leakhunt.soak.target.TargetEndpoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code analyzer.jar watch --jmx ... --out DIR -- <load command>}: the analyzer samples the
 * target for exactly the life of the load and judges the trend. Its output goes to this console.
 */
public final class AnalyzerWatch {
  /** The shop's Netty allocator metric, judged beside the JVM's own resources. */
  public static final String SHOP_DIRECT_MEMORY_MBEAN =
      "dev.leakhunt.shop:type=NettyAllocator#UsedDirectMemory";

  /**
   * The shop's server-side latency per endpoint (HdrHistogram, per 5 s interval), recorded for
   * comparisons with a baseline run; not judged for growth.
   */
  public static final String SHOP_LATENCY_MBEANS =
      "dev.leakhunt.shop:type=Latency,endpoint=*#IntervalP99Micros";

  private final Path javaBinary;
  private final Path analyzerJar;

  /** A watch run by {@code javaBinary} from {@code analyzerJar}. */
  public AnalyzerWatch(Path javaBinary, Path analyzerJar) {
    this.javaBinary = javaBinary;
    this.analyzerJar = analyzerJar;
  }

  /**
   * The analyzer command line.
   *
   * @param shopMBeans whether to also judge the sample shop's own MBeans
   */
  public List<String> command(
      TargetEndpoints target,
      WatchOptions watch,
      Path outDir,
      boolean shopMBeans,
      List<String> loadCommand) {
    return command(Map.of("", target), watch, outDir, shopMBeans, loadCommand);
  }

  /**
   * The analyzer command line watching several targets on one schedule: {@code --jmx NAME=ADDRESS}
   * each (one target keeps the plain {@code --jmx ADDRESS}); they share credentials.
   *
   * @param targets the targets by name, in order
   */
  public List<String> command(
      Map<String, TargetEndpoints> targets,
      WatchOptions watch,
      Path outDir,
      boolean shopMBeans,
      List<String> loadCommand) {
    TargetEndpoints target = targets.values().iterator().next();
    List<String> command = new ArrayList<>();
    command.add(javaBinary.toString());
    command.addAll(List.of("-Xmx256m", "-jar", analyzerJar.toString(), "watch"));
    for (Map.Entry<String, TargetEndpoints> named : targets.entrySet()) {
      command.addAll(
          List.of(
              "--jmx",
              targets.size() == 1
                  ? named.getValue().jmxAddress()
                  : named.getKey() + "=" + named.getValue().jmxAddress()));
    }
    if (target.jmxUser() != null) {
      command.addAll(List.of("--user", target.jmxUser()));
    }
    if (target.jmxPasswordFile() != null) {
      command.addAll(List.of("--password-file", target.jmxPasswordFile().toString()));
    }
    command.addAll(List.of("--warmup", DurationText.format(watch.warmup())));
    command.addAll(List.of("--interval", DurationText.format(watch.sampleInterval())));
    if (watch.liveProbe() != null) {
      command.addAll(
          List.of(
              "--live-probe",
              watch.liveProbe().isZero() ? "off" : DurationText.format(watch.liveProbe())));
    }
    for (String threshold : watch.thresholds()) {
      command.addAll(List.of("--threshold", threshold));
    }
    if (watch.stopEarly() && !watch.extraArguments().contains("--stop-early")) {
      command.add("--stop-early");
    }
    for (String tag : watch.tags()) {
      command.addAll(List.of("--tag", tag));
    }
    if (watch.baseline() != null) {
      command.addAll(List.of("--baseline", watch.baseline().toAbsolutePath().toString()));
    }
    command.addAll(watch.extraArguments());
    if (shopMBeans) {
      command.addAll(List.of("--mbean", SHOP_DIRECT_MEMORY_MBEAN));
      command.addAll(List.of("--latency", SHOP_LATENCY_MBEANS));
    }
    command.addAll(List.of("--out", outDir.toAbsolutePath().toString()));
    command.add("--");
    command.addAll(loadCommand);
    return command;
  }

  /**
   * Starts the analyzer, its output shared with this console.
   *
   * @throws IllegalStateException when the analyzer jar is missing
   */
  public Process start(List<String> command) throws IOException {
    if (!Files.isRegularFile(analyzerJar)) {
      throw new IllegalStateException(
          "analyzer jar not found at "
              + analyzerJar
              + "; build it first (./soak builds everything)");
    }
    return new ProcessBuilder(command).inheritIO().start();
  }

  /**
   * Waits for the analyzer to end.
   *
   * @return the analyzer's exit code (0 pass, 1 fail, 2 usage or connection error, 3 inconclusive)
   */
  public int await(Process analyzer) throws InterruptedException {
    try {
      return analyzer.waitFor();
    } finally {
      if (analyzer.isAlive()) {
        analyzer.destroy();
      }
    }
  }
}
