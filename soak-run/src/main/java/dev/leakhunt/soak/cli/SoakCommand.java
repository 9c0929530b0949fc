package dev.leakhunt.soak.cli;

import dev.leakhunt.contract.duration.DurationText;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.shop.LeakScenarioNames;
import dev.leakhunt.soak.run.SoakRun;
import dev.leakhunt.soak.settings.ExternalTarget;
import dev.leakhunt.soak.settings.ShopOptions;
import dev.leakhunt.soak.settings.SoakSettings;
import dev.leakhunt.soak.settings.WatchOptions;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code soak}: drive the shop (or your service) with Gatling while the analyzer watches it, check
 * the shop's invariants, and exit with one combined verdict: 0 pass, 1 fail (leak, SLO or
 * invariants), 2 usage or setup error, 3 leak verdict inconclusive.
 */
@Command(
    name = "soak",
    mixinStandardHelpOptions = true,
    version = "leakhunt soak 0.1.0",
    sortOptions = false,
    description = {
      "Soaks the sample shop (or an external service) with Gatling while the analyzer watches its"
          + " memory, then checks the shop's invariants and writes target/soak/<timestamp>/.",
      "Exit codes: 0 pass, 1 fail (leak, SLO or invariants), 2 usage or setup error,"
          + " 3 leak verdict inconclusive."
    })
public final class SoakCommand implements Callable<Integer> {
  /** Leak scenarios the sample shop knows (see the shop's --help). */
  static final Set<String> SHOP_LEAKS = Set.copyOf(LeakScenarioNames.ALL);

  /** The most injectors one run splits its load over. */
  static final int MAX_INJECTORS = 64;

  /** Most embedded shops one soak starts: each is a JVM with its own heap on this machine. */
  static final int MAX_INSTANCES = 16;

  /**
   * How long a signal waits for the run to end properly: the analyzer's report, /stats and the
   * shop's graceful stop (up to 20 s) take well under a minute; a hung part is cut off after this.
   */
  static final Duration ABORT_GRACE = Duration.ofSeconds(90);

  @Mixin LoadShapeOptions load = new LoadShapeOptions();

  @Option(
      names = "--injectors",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Split the arrival rate over N Gatling processes, each 1/N of it from a common start,"
              + " their response times merged without loss (default: ${DEFAULT-VALUE}).")
  int injectors;

  @Option(
      names = "--start-at",
      paramLabel = "EPOCH_MS|INSTANT",
      description =
          "With --injectors: their common start, an instant (default: local injectors start"
              + " together once the last one is ready).")
  String startAt;

  @Option(
      names = "--remote-injectors",
      paramLabel = "DIR",
      description =
          "The --injectors run elsewhere ('soak load --injector-index I' on other machines):"
              + " watch the target until their injector-<i>/ folders are all in DIR, then judge.")
  Path remoteInjectorsDir;

  @Mixin SimulationOptions simulation = new SimulationOptions();

  @Option(
      names = "--leak",
      paramLabel = "NAME[,NAME...]",
      split = ",",
      description =
          "Embedded shop: switch on leak scenarios (positive control): "
              + "abandoned-carts, recently-viewed, unreleased-buffers, stuck-threads, "
              + "class-per-request, unclosed-gzip, bounded-cache; slow-product-pages (a latency"
              + " regression, not a leak).")
  List<String> leaks = new ArrayList<>();

  @Option(
      names = "--leak-amplify",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Embedded shop: multiply what each leaky request leaks (default: ${DEFAULT-VALUE}).")
  int leakAmplify;

  @Option(
      names = "--cart-ttl",
      paramLabel = "DURATION",
      defaultValue = "1m",
      description =
          "Embedded shop: idle time before a cart is evicted (default: ${DEFAULT-VALUE}).")
  String cartTtl;

  @Option(
      names = "--orders-kept",
      paramLabel = "COUNT",
      defaultValue = "200",
      description =
          "Embedded shop: recent orders retained; small so the order book is full before the"
              + " warm-up ends (default: ${DEFAULT-VALUE}).")
  int ordersKept;

  @Option(
      names = "--instances",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Embedded shop: start N instances on free loopback ports; shoppers are spread over them"
              + " round-robin and the analyzer watches each (shop-1..shop-N), failing the run"
              + " naming the instance that leaks (default: ${DEFAULT-VALUE}).")
  int instances;

  @Option(
      names = "--leak-instances",
      paramLabel = "K",
      description =
          "With --instances and --leak: only the first K instances get the leak scenarios, the"
              + " others run clean (default: all).")
  Integer leakInstances;

  @Option(
      names = "--shop-heap",
      paramLabel = "SIZE",
      defaultValue = "256m",
      description = "Embedded shop: -Xmx (default: ${DEFAULT-VALUE}).")
  String shopHeap;

  @Option(
      names = "--target-url",
      paramLabel = "URL",
      description = "Soak this service instead of the embedded shop (needs --jmx).")
  URI targetUrl;

  @Option(
      names = "--jmx",
      paramLabel = "HOST:PORT|URL",
      description = "External target: JMX address for the analyzer.")
  String jmx;

  @Option(names = "--jmx-user", paramLabel = "USER", description = "External target: JMX user.")
  String jmxUser;

  @Option(
      names = "--jmx-password-file",
      paramLabel = "FILE",
      description = "External target: file holding the JMX password.")
  Path jmxPasswordFile;

  @Option(
      names = "--warmup",
      paramLabel = "DURATION",
      defaultValue = "2m",
      description = "Start of the run excluded from the leak verdict (default: ${DEFAULT-VALUE}).")
  String warmup;

  @Option(
      names = "--sample-interval",
      paramLabel = "DURATION",
      defaultValue = "5s",
      description = "Analyzer sampling period (default: ${DEFAULT-VALUE}).")
  String sampleInterval;

  @Option(
      names = "--live-probe",
      paramLabel = "DURATION|off",
      description = "Analyzer forced-GC probe period (default: the analyzer's).")
  String liveProbe;

  @Option(
      names = "--threshold",
      paramLabel = "RESOURCE=SLOPE[,FRACTION]",
      description = "Analyzer threshold override, repeatable.")
  List<String> thresholds = new ArrayList<>();

  @Option(
      names = "--analyzer-arg",
      paramLabel = "ARG",
      description =
          "Passed to 'analyzer watch' as it is, repeatable: e.g. --analyzer-arg=--heap-dump-on-leak,"
              + " --analyzer-arg=--no-jfr, --analyzer-arg=--ssl.")
  List<String> analyzerArguments = new ArrayList<>();

  /**
   * Off by default until it is measured on the real shop: see bench/README.md ("Deciding early")
   * for the synthetic false-stop rates and the replay of the accuracy corpus.
   */
  @Option(
      names = "--stop-early",
      negatable = true,
      defaultValue = STOP_EARLY_DEFAULT,
      fallbackValue = "true",
      description =
          "End the soak as FAIL as soon as the live heap certainly grows above its limit (the"
              + " analyzer's --stop-early; the load is stopped, the reports written as for a full"
              + " run, the SLOs not asserted). --no-stop-early runs the planned course"
              + " (default: ${DEFAULT-VALUE}).")
  boolean stopEarly;

  static final String STOP_EARLY_DEFAULT = "false";

  @Option(
      names = "--tag",
      paramLabel = "KEY=VALUE",
      description =
          "Name what is tested, e.g. version=1.4.2 (repeatable); recorded in run.json and the"
              + " analyzer's verdict. Jenkins' BUILD_NUMBER, BUILD_URL, GIT_COMMIT, JOB_NAME are"
              + " recorded when set.")
  List<String> tags = new ArrayList<>();

  @Option(
      names = "--baseline",
      paramLabel = "DIR",
      description =
          "Compare this run with an earlier run folder (e.g. last night's): a regression fails"
              + " the run; compare.html and compare.json are written beside the report.")
  Path baseline;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "target/soak",
      description = "Parent of the run folders (default: ${DEFAULT-VALUE}).")
  Path outputDir;

  @Option(
      names = "--project-dir",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "The built leakhunt checkout (default: the current directory).")
  Path projectDir;

  private final PrintStream console;

  /** A command narrating on standard output. */
  public SoakCommand() {
    this(System.out);
  }

  SoakCommand(PrintStream console) {
    this.console = console;
  }

  /** Runs the soak; usage errors surface as {@link CommandLine.ParameterException}. */
  @Override
  public Integer call() throws Exception {
    SoakSettings settings = settings();
    SoakRun run = new SoakRun(settings, javaBinary(), console);
    CountDownLatch reported = new CountDownLatch(1);
    // On SIGTERM or Ctrl-C the run still ends properly: load stopped, verdict judged on what was
    // recorded, shop stopped, run folder written. The JVM exits once that is done.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  run.abort();
                  try {
                    reported.await(ABORT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "soak-stop"));
    try {
      SoakRun.RunResult result = run.run();
      console.println("report: " + result.folder().index());
      result.verdict().summaryLines().forEach(console::println);
      return result.verdict().exitCode();
    } finally {
      reported.countDown();
    }
  }

  /** Validates the options into settings; throws a usage error naming the rule and the value. */
  SoakSettings settings() {
    CommandLine commandLine = new CommandLine(this);
    Duration steady = load.steady();
    Duration rampDuration = load.ramp();
    Duration warmupDuration = duration("--warmup", warmup);
    load.check();
    if (steady.toSeconds() < 1) {
      throw usage(commandLine, "--duration must be at least 1s (got " + load.duration + ")");
    }
    if (warmupDuration.compareTo(steady.plus(rampDuration)) >= 0) {
      throw usage(
          commandLine,
          "--warmup must be shorter than --ramp + --duration (got "
              + warmup
              + " >= "
              + DurationText.format(steady.plus(rampDuration))
              + ")");
    }
    if (injectors < 1 || injectors > MAX_INJECTORS) {
      throw usage(
          commandLine,
          "--injectors must be between 1 and " + MAX_INJECTORS + " (got " + injectors + ")");
    }
    if (startAt != null && injectors == 1 && remoteInjectorsDir == null) {
      throw usage(commandLine, "--start-at is the common start of --injectors N (N > 1)");
    }
    Long startAtMs = null;
    if (startAt != null) {
      try {
        startAtMs = LoadCommand.parseStartAt(startAt);
      } catch (IllegalArgumentException e) {
        throw usage(commandLine, e.getMessage());
      }
    }
    if (ordersKept < 1) {
      throw usage(commandLine, "--orders-kept must be 1 or more (got " + ordersKept + ")");
    }
    if (leakAmplify < 1) {
      throw usage(commandLine, "--leak-amplify must be 1 or more (got " + leakAmplify + ")");
    }
    for (String leak : leaks) {
      if (!SHOP_LEAKS.contains(leak)) {
        throw usage(
            commandLine,
            "--leak must name shop scenarios "
                + String.join(", ", new java.util.TreeSet<>(SHOP_LEAKS))
                + " (got '"
                + leak
                + "')");
      }
    }
    if (instances < 1 || instances > MAX_INSTANCES) {
      throw usage(
          commandLine, "--instances must be 1 to " + MAX_INSTANCES + " (got " + instances + ")");
    }
    if (leakInstances != null) {
      if (leaks.isEmpty()) {
        throw usage(commandLine, "--leak-instances goes with --leak (which instances leak what)");
      }
      if (leakInstances < 0 || leakInstances > instances) {
        throw usage(
            commandLine,
            "--leak-instances must be 0 to --instances ("
                + instances
                + ") (got "
                + leakInstances
                + ")");
      }
    }
    ExternalTarget external = null;
    if (targetUrl != null && instances > 1) {
      throw usage(
          commandLine,
          "--instances starts embedded shops; with --target-url soak your own instances behind"
              + " one URL, or watch them with 'analyzer watch --jmx NAME=HOST:PORT ...'");
    }
    if (targetUrl != null) {
      if (jmx == null) {
        throw usage(commandLine, "--target-url needs --jmx HOST:PORT so the analyzer can watch it");
      }
      if (!leaks.isEmpty()) {
        throw usage(
            commandLine,
            "--leak switches scenarios of the embedded shop; drop it with --target-url");
      }
      if (jmxPasswordFile != null && !Files.isReadable(jmxPasswordFile)) {
        throw usage(
            commandLine, "--jmx-password-file is not readable (got " + jmxPasswordFile + ")");
      }
      external = new ExternalTarget(targetUrl, jmx, jmxUser, jmxPasswordFile);
    } else if (jmx != null || jmxUser != null || jmxPasswordFile != null) {
      throw usage(commandLine, "--jmx, --jmx-user and --jmx-password-file go with --target-url");
    }
    for (String tag : tags) {
      if (!tag.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}=.*")) {
        throw usage(commandLine, "--tag must be KEY=VALUE, e.g. version=1.4.2 (got '" + tag + "')");
      }
    }
    if (baseline != null && !Files.isDirectory(baseline)) {
      throw usage(
          commandLine,
          "--baseline must be an earlier run folder (got '" + baseline + "': no such directory)");
    }
    Duration probe =
        liveProbe == null
            ? null
            : "off".equals(liveProbe) ? Duration.ZERO : duration("--live-probe", liveProbe);
    return new SoakSettings(
        projectDir.toAbsolutePath().normalize(),
        outputDir.isAbsolute()
            ? outputDir
            : projectDir.resolve(outputDir).toAbsolutePath().normalize(),
        new ShopOptions(
            leaks,
            leakAmplify,
            duration("--cart-ttl", cartTtl),
            ordersKept,
            shopHeap,
            instances,
            leakInstances == null ? instances : leakInstances),
        external,
        load.loadOptions(
            simulation,
            injectors,
            startAtMs,
            remoteInjectorsDir == null ? null : remoteInjectorsDir.toAbsolutePath().normalize()),
        new WatchOptions(
            warmupDuration,
            duration("--sample-interval", sampleInterval),
            probe,
            thresholds,
            analyzerArguments,
            runTags(),
            baseline == null ? null : baseline.toAbsolutePath().normalize(),
            stopEarly));
  }

  /**
   * The tags passed to the analyzer: the load and the shop's switches first, so runs can be told
   * apart in a comparison, then the user's, which win over them.
   */
  private List<String> runTags() {
    List<String> all = new ArrayList<>();
    all.add("load.profile=" + load.profile);
    if (load.rate != null) {
      all.add("load.rate=" + load.rate);
    }
    all.add("load.duration=" + load.duration);
    if (targetUrl == null && !leaks.isEmpty()) {
      all.add("shop.leaks=" + String.join(",", leaks));
    }
    all.addAll(tags);
    return all;
  }

  private Duration duration(String option, String text) {
    return UsageErrors.duration(new CommandLine(this), option, text);
  }

  private static CommandLine.ParameterException usage(CommandLine commandLine, String message) {
    return UsageErrors.usage(commandLine, message);
  }

  static Path javaBinary() {
    return ProcessHandle.current()
        .info()
        .command()
        .map(Path::of)
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
  }

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(execute(new SoakCommand(), args));
  }

  /** Runs with one-line errors: usage errors exit 2, unexpected failures exit 2 too. */
  static int execute(SoakCommand command, String... args) {
    // The load alone, for injectors on other machines: soak load | merge-load | await-load.
    // A subcommand's name given as an option's value (--profile load) stays that value.
    return new CommandLine(command)
        .addSubcommand(new LoadCommand())
        .addSubcommand(new MergeLoadCommand())
        .addSubcommand(new AwaitLoadCommand())
        .setAllowSubcommandsAsOptionParameters(true)
        .setParameterExceptionHandler(
            (exception, arguments) -> {
              System.err.println("soak: " + exception.getMessage() + " (see --help)");
              return Outcome.ERROR_EXIT_CODE;
            })
        .setExecutionExceptionHandler(
            (exception, commandLine, parseResult) -> {
              System.err.println("soak: " + exception.getMessage());
              return Outcome.ERROR_EXIT_CODE;
            })
        .execute(args);
  }
}
