package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.compare.RegressionRules;
import dev.leakhunt.analyzer.run.BaselineComparison;
import dev.leakhunt.analyzer.run.UsageException;
import dev.leakhunt.analyzer.sampler.MBeanAttributeSpec;
import dev.leakhunt.analyzer.watch.WatchLoop;
import dev.leakhunt.analyzer.watch.WatchSettings;
import dev.leakhunt.analyzer.watch.WatchTarget;
import dev.leakhunt.contract.duration.DurationConverter;
import dev.leakhunt.contract.duration.DurationText;
import dev.leakhunt.contract.run.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code watch}: samples the target until the duration ends, the command exits, or a signal. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Samples a JVM over JMX, streams the samples to --out, then judges every resource and "
          + "writes verdict.json, junit.xml and report.html.",
      "With -- COMMAND ARGS... the command runs while sampling and the window is its life."
    },
    footer = {"", "Exit codes: 0 PASS, 1 FAIL, 2 usage or connection error, 3 INCONCLUSIVE."})
final class WatchCommand implements Callable<Integer> {

  /** One {@code --jmx} or {@code --pid}; repeated for a watch of several targets. */
  static final class Target {
    @Option(
        names = "--jmx",
        paramLabel = "HOST:PORT|URL",
        description =
            "JMX address: HOST:PORT or a full service:jmx: URL; NAME=HOST:PORT names the target"
                + " (repeatable: several targets, one verdict).")
    String jmx;

    @Option(
        names = "--pid",
        paramLabel = "PID",
        description =
            "Local JVM to attach to (starts its local management agent); NAME=PID names it"
                + " (repeatable).")
    String pid;
  }

  @ArgGroup(exclusive = true, multiplicity = "1..*")
  List<Target> targets = new ArrayList<>();

  @Option(names = "--user", description = "JMX user name (needs --password-file).")
  String user;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "File holding the password.")
  Path passwordFile;

  @Option(names = "--ssl", description = "Use TLS (javax.net.ssl.trustStore etc. apply).")
  boolean ssl;

  @Option(
      names = "--duration",
      converter = DurationConverter.class,
      description =
          "How long to watch, e.g. 45m, 8h (default 10m; with a command: until it exits).")
  Duration duration;

  @Option(
      names = "--warmup",
      converter = DurationConverter.class,
      defaultValue = "2m",
      description = "Start of the run excluded from the verdict (default ${DEFAULT-VALUE}).")
  Duration warmup;

  @Option(
      names = "--interval",
      converter = DurationConverter.class,
      defaultValue = "5s",
      description = "Sampling period (default ${DEFAULT-VALUE}).")
  Duration interval;

  /**
   * 20 s by default: the judge needs at least 16 buckets and each heap bucket must hold a probe, so
   * a 10-minute run with 2 minutes of warm-up needs probes at most 30 s apart; 20 s leaves margin
   * (24 buckets). Measured cost: a 40-110 ms full-GC pause per probe at 100-300 MiB live.
   */
  @Option(
      names = "--live-probe",
      converter = LiveProbeConverter.class,
      defaultValue = "20s",
      paramLabel = "PERIOD|off",
      description =
          "Force a full GC this often to measure the exact live set, or off (default ${DEFAULT-VALUE}).")
  Duration liveProbe;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Evidence directory.")
  Path out;

  @Option(
      names = "--mbean",
      converter = MBeanSpecConverter.class,
      paramLabel = "ObjectName#Attribute[=capacity]",
      description = "Also sample and judge this numeric MBean attribute (repeatable).")
  List<MBeanAttributeSpec> mbeans = new ArrayList<>();

  @Option(
      names = "--latency",
      converter = LatencySpecConverter.class,
      paramLabel = "ObjectName#Attribute",
      description =
          "Also record this latency attribute (not judged for growth) for comparisons with a"
              + " baseline; the ObjectName may be a pattern, e.g."
              + " 'dev.leakhunt.shop:type=Latency,endpoint=*#IntervalP99Micros' (repeatable).")
  List<MBeanAttributeSpec> latencies = new ArrayList<>();

  @Option(
      names = "--baseline",
      paramLabel = "DIR",
      description =
          "After the verdict, compare this run with an earlier run folder: a regression fails the"
              + " run; writes compare.json, compare.html and junit-compare.xml into --out.")
  Path baseline;

  @Mixin RegressionOptionsMixin regressionRules = new RegressionOptionsMixin();

  @Mixin ThresholdOptionsMixin thresholdOptions = new ThresholdOptionsMixin();

  /**
   * Three sampling periods, at least 20 s: a healthy target answers a sample in milliseconds and a
   * forced full GC in well under a second (measured 40-520 ms at 100-300 MiB live), so a target
   * silent that long is frozen, thrashing or stopped, the end a leak often takes. The floor is for
   * loaded machines: with 10 s, two watches starting side by side on 2 busy cores both took their
   * targets for silent during their first samples.
   */
  @Option(
      names = "--unresponsive-after",
      converter = DurationConverter.class,
      paramLabel = "DURATION",
      description =
          "A target that answers no call for this long ends the run as FAIL (default: 3 sampling"
              + " periods, at least 20s).")
  Duration unresponsiveAfter;

  @Option(
      names = "--tag",
      converter = RunTag.Converter.class,
      paramLabel = "KEY=VALUE",
      description =
          "Name what is tested, e.g. version=1.4.2 or commit=abc123 (repeatable); Jenkins'"
              + " BUILD_NUMBER, BUILD_URL, GIT_COMMIT and JOB_NAME are recorded when set.")
  List<RunTag> tags = new ArrayList<>();

  /**
   * Off by default in {@code watch}: a run stopped early has a shorter window for every other
   * resource, and a script that asked for 10 minutes gets 10 minutes unless it opts in.
   */
  @Option(
      names = "--stop-early",
      description =
          "End the run as FAIL as soon as the live heap certainly grows above its limit (a "
              + "confidence sequence valid at any stopping time); the reports are written as for "
              + "a full run and the command is stopped.")
  boolean stopEarly;

  @Option(
      names = "--progress",
      converter = DurationConverter.class,
      defaultValue = "1m",
      hidden = true,
      description = "Progress line period on stderr.")
  Duration progress;

  @Option(names = "--verbose", description = "Print stack traces with errors.")
  boolean verbose;

  @Mixin DiagnosisOptionsMixin diagnosis = new DiagnosisOptionsMixin();

  @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "Command to run after --.")
  List<String> command = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    WatchSettings settings = settings();
    RegressionRules rules = regressionRules.toRules();
    if (baseline != null) {
      // Checked before a run of hours, not after it.
      BaselineComparison.checkReadable(baseline);
    }
    int exitCode = new WatchLoop(settings, diagnosis.toOptions()).run();
    if (baseline == null || exitCode == AnalyzerMain.USAGE_OR_CONNECTION_ERROR) {
      return exitCode;
    }
    Outcome comparison = BaselineComparison.compare(baseline, out, rules, out);
    return BaselineComparison.combinedExitCode(Outcome.ofExitCode(exitCode), comparison);
  }

  WatchSettings settings() {
    requirePositive("--interval", interval);
    requirePositive("--progress", progress);
    Duration silence =
        unresponsiveAfter != null ? unresponsiveAfter : defaultUnresponsive(interval);
    requirePositive("--unresponsive-after", silence);
    if (liveProbe.isNegative()) {
      throw new UsageException("--live-probe must be a duration or off (got " + liveProbe + ")");
    }
    // With a command and no --duration, the command's life is the window.
    if (command.isEmpty() || duration != null) {
      Duration watched = duration == null ? Duration.ofMinutes(10) : duration;
      requirePositive("--duration", watched);
      if (warmup.compareTo(watched) >= 0) {
        throw new UsageException(
            "--warmup must be shorter than --duration (got "
                + DurationText.format(warmup)
                + " >= "
                + DurationText.format(watched)
                + ")");
      }
      duration = watched;
    }
    if (user != null && passwordFile == null) {
      throw new UsageException(
          "--user needs --password-file FILE (the password on its first line)");
    }
    List<WatchTarget.OptionValue> values = new ArrayList<>();
    for (Target target : targets) {
      values.add(
          target.jmx != null
              ? new WatchTarget.OptionValue("--jmx", target.jmx)
              : new WatchTarget.OptionValue("--pid", target.pid));
    }
    return new WatchSettings(
        WatchTarget.parse(values, user, passwordFile, ssl),
        null,
        duration,
        warmup,
        interval,
        liveProbe,
        progress,
        out,
        concat(mbeans, latencies),
        thresholdOptions.thresholds(),
        List.copyOf(command),
        RunIdentityCollector.collect(tags, System.getenv()),
        silence,
        stopEarly);
  }

  private static List<MBeanAttributeSpec> concat(
      List<MBeanAttributeSpec> judged, List<MBeanAttributeSpec> recorded) {
    List<MBeanAttributeSpec> all = new ArrayList<>(judged);
    all.addAll(recorded);
    return List.copyOf(all);
  }

  /** Three sampling periods, at least {@value #MIN_UNRESPONSIVE_SECONDS} s. */
  static Duration defaultUnresponsive(Duration interval) {
    Duration three = interval.multipliedBy(3);
    Duration floor = Duration.ofSeconds(MIN_UNRESPONSIVE_SECONDS);
    return three.compareTo(floor) < 0 ? floor : three;
  }

  static final int MIN_UNRESPONSIVE_SECONDS = 20;

  private static void requirePositive(String option, Duration value) {
    if (value.isZero() || value.isNegative()) {
      throw new UsageException(
          option + " must be positive (got " + DurationText.format(value) + ")");
    }
  }
}
