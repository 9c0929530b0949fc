package dev.leakhunt.soak.run;

import dev.leakhunt.contract.duration.DurationText;
import dev.leakhunt.contract.run.RunFiles;
import dev.leakhunt.soak.invariants.InvariantChecks;
import dev.leakhunt.soak.invariants.LoadSummary;
import dev.leakhunt.soak.invariants.ShopStats;
import dev.leakhunt.soak.settings.ShopOptions;
import dev.leakhunt.soak.settings.SoakSettings;
import dev.leakhunt.soak.target.HealthProbe;
import dev.leakhunt.soak.target.RunningShop;
import dev.leakhunt.soak.target.ShopLauncher;
import dev.leakhunt.soak.target.TargetEndpoints;
import dev.leakhunt.soak.verdict.CheckResult;
import dev.leakhunt.soak.verdict.LeakVerdict;
import dev.leakhunt.soak.verdict.RegressionChecks;
import dev.leakhunt.soak.verdict.SloResults;
import dev.leakhunt.soak.verdict.SoakVerdict;
import dev.leakhunt.soak.watch.AnalyzerWatch;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One soak, start to verdict: start the target, run the analyzer's watch around Gatling, read the
 * shop's {@code /stats}, stop the shop, judge, and write the run folder.
 */
public final class SoakRun {
  private static final Duration SHOP_START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

  private final SoakSettings settings;
  private final Path javaBinary;
  private final PrintStream console;
  private volatile boolean aborted;
  private volatile Process analyzer;

  /** A run of {@code settings}, starting JVMs with {@code javaBinary}, narrating on console. */
  public SoakRun(SoakSettings settings, Path javaBinary, PrintStream console) {
    this.settings = settings;
    this.javaBinary = javaBinary;
    this.console = console;
  }

  /** Runs the soak and writes the run folder; never throws for a failed run, only reports it. */
  public RunResult run() throws IOException, InterruptedException {
    Instant startedAt = Instant.now();
    RunFolder folder = RunFolder.create(settings.outputDir(), startedAt);
    console.println("leakhunt soak: run folder " + folder.root());
    LeakVerdict leak = LeakVerdict.missing(-1);
    List<CheckResult> slo = List.of();
    List<CheckResult> invariants = List.of();
    List<CheckResult> regression = List.of();
    String setupError = null;
    List<RunningShop> shops = new ArrayList<>();
    try {
      // The analyzer's targets by name: shop-1..shop-N with several embedded instances.
      Map<String, TargetEndpoints> targets = new LinkedHashMap<>();
      if (settings.embedded()) {
        ShopLauncher launcher =
            new ShopLauncher(javaBinary, project("target-app/target/target-app.jar"));
        int instances = settings.shop().instances();
        for (int number = 1; number <= instances; number++) {
          ShopOptions options = settings.shop().forInstance(number);
          append(folder.commands(), launcher.command(options));
          RunningShop shop =
              launcher.start(
                  options,
                  instances == 1 ? folder.shopLog() : folder.shopLog(number),
                  SHOP_START_TIMEOUT);
          shops.add(shop);
          String name = ShopOptions.instanceName(number);
          console.println(
              "leakhunt soak: "
                  + (instances == 1
                      ? "shop"
                      : name + (options.leaks().isEmpty() ? "" : " (leaking)"))
                  + " ready at "
                  + shop.ready().baseUrl()
                  + ", JMX "
                  + shop.ready().jmxAddress()
                  + " (pid "
                  + shop.pid()
                  + ")");
          targets.put(
              name,
              new TargetEndpoints(shop.ready().baseUrl(), shop.ready().jmxAddress(), null, null));
        }
      } else {
        targets.put(
            "target",
            new TargetEndpoints(
                settings.external().baseUrl().toString().replaceAll("/+$", ""),
                settings.external().jmxAddress(),
                settings.external().jmxUser(),
                settings.external().jmxPasswordFile()));
      }
      List<String> baseUrls = targets.values().stream().map(TargetEndpoints::baseUrl).toList();
      if (settings.embedded()) {
        for (String baseUrl : baseUrls) {
          new HealthProbe().awaitHealthy(baseUrl + "/health", SHOP_START_TIMEOUT);
        }
      }
      LoadStage loadStage = new LoadStage(settings, javaBinary, folder);
      List<String> gatling = loadStage.command(baseUrls);
      AnalyzerWatch watch = new AnalyzerWatch(javaBinary, project("analyzer/target/analyzer.jar"));
      List<String> analyzer =
          watch.command(
              targets, settings.watch(), folder.analyzerDir(), settings.embedded(), gatling);
      append(folder.commands(), analyzer);
      if (aborted) {
        throw new IllegalStateException("stopped by a signal before the load started");
      }
      console.println("leakhunt soak: analyzer watch around Gatling, " + describe(settings));
      this.analyzer = watch.start(analyzer);
      if (aborted) {
        this.analyzer.destroy();
      }
      int analyzerExit = watch.await(this.analyzer);
      leak = LeakVerdict.read(folder.analyzerDir().resolve(RunFiles.VERDICT_JSON), analyzerExit);
      if (leak.written()) {
        slo =
            leak.stoppedEarly()
                ? SloResults.stoppedEarly(Instant.ofEpochMilli(leak.stoppedEarlyAtMs()).toString())
                : loadStage.sloChecks(leak.commandExitCode(), commandOutput(folder, leak));
        if (settings.watch().baseline() != null) {
          regression = RegressionChecks.read(folder.analyzerDir().resolve(RunFiles.COMPARE_JSON));
        }
      } else {
        // No verdict: the analyzer stopped before it started the load (its one-line error is
        // above), so no SLO was asserted; the run could not be done, which is not a failed SLO.
        setupError = leak.reason();
      }
      invariants = checkInvariants(baseUrls, folder, shops);
      shops = List.of();
      if (aborted) {
        setupError = "stopped early by a signal: the verdicts cover only what ran until then";
      }
    } catch (IllegalStateException | IOException e) {
      setupError = e.getMessage();
    } finally {
      for (RunningShop shop : shops) {
        shop.stop(SHUTDOWN_GRACE);
      }
    }
    SoakVerdict verdict = new SoakVerdict(leak, slo, invariants, setupError, regression);
    new RunFolderWriter(folder).write(verdict, settings, startedAt);
    return new RunResult(folder, verdict);
  }

  /**
   * Ends the run early, as on Ctrl-C or an aborted CI job: the analyzer gets SIGTERM, stops the
   * load and judges what it recorded, and {@link #run} goes on to the invariants and the run folder
   * as usual. Safe to call from a shutdown hook, and after the run ended.
   */
  public void abort() {
    aborted = true;
    Process running = analyzer;
    if (running != null && running.isAlive()) {
      console.println("leakhunt soak: stopping early; the analyzer judges what it recorded");
      running.destroy();
    }
  }

  /**
   * Reads /stats of every instance while they still run (summed: a shopper stays on one instance,
   * so the sums answer to what all shoppers saw), then stops the embedded shops and judges.
   */
  private List<CheckResult> checkInvariants(
      List<String> baseUrls, RunFolder folder, List<RunningShop> shops)
      throws IOException, InterruptedException {
    List<ShopStats> each = new ArrayList<>();
    String statsProblem = null;
    for (int i = 0; i < baseUrls.size(); i++) {
      try {
        String body = ShopStats.fetchBody(baseUrls.get(i));
        Files.writeString(
            baseUrls.size() == 1 ? folder.stats() : folder.stats(i + 1),
            body,
            StandardCharsets.UTF_8);
        each.add(ShopStats.parse(body));
      } catch (IOException e) {
        // A refused connection (the shop gone) has no message; the report needs one.
        String problem = e.getMessage() != null ? e.getMessage() : e.toString();
        statsProblem = statsProblem != null ? statsProblem : problem;
      }
    }
    ShopStats stats = statsProblem == null ? ShopStats.sum(each) : null;
    List<CheckResult> results = new ArrayList<>();
    for (int i = 0; i < shops.size(); i++) {
      int exitCode = shops.get(i).stop(SHUTDOWN_GRACE);
      // A JVM ended by SIGTERM exits 143 after its shutdown hooks ran; -1 means it had to be
      // killed.
      results.add(
          CheckResult.of(
              InvariantChecks.SUITE,
              shops.size() == 1
                  ? "shop-stops-gracefully"
                  : ShopOptions.instanceName(i + 1) + "-stops-gracefully",
              exitCode == 0 || exitCode == 143,
              "shop exited with "
                  + exitCode
                  + " after SIGTERM (0 or 143 = graceful, -1 = killed after "
                  + SHUTDOWN_GRACE.toSeconds()
                  + " s)"));
    }
    if (stats == null) {
      results.add(
          settings.embedded()
              ? CheckResult.of(InvariantChecks.SUITE, "stats-readable", false, statsProblem)
              : CheckResult.skipped(
                  InvariantChecks.SUITE,
                  "stats-readable",
                  "the external target has no shop /stats (" + statsProblem + ")"));
      return results;
    }
    LoadSummary load =
        Files.isRegularFile(folder.loadSummary()) ? LoadSummary.read(folder.loadSummary()) : null;
    results.addAll(0, InvariantChecks.check(stats, load));
    return results;
  }

  private static List<String> commandOutput(RunFolder folder, LeakVerdict leak) throws IOException {
    if (leak.commandLog() == null) {
      return List.of();
    }
    Path log = folder.analyzerDir().resolve(leak.commandLog());
    return Files.isRegularFile(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
  }

  private static String describe(SoakSettings settings) {
    return "profile "
        + settings.load().profile()
        + ", "
        + (settings.load().usersPerSec() == null
            ? "the profile's rate"
            : settings.load().usersPerSec() + " shoppers/s")
        + (settings.load().split() ? " from " + settings.load().injectors() + " injectors" : "")
        + ", ramp "
        + DurationText.format(settings.load().ramp())
        + ", steady "
        + DurationText.format(settings.load().duration())
        + ", warm-up "
        + DurationText.format(settings.watch().warmup())
        + (settings.embedded() && settings.shop().instances() > 1
            ? ", "
                + settings.shop().instances()
                + " shop instances, round-robin"
                + (settings.shop().leaks().isEmpty()
                    ? ""
                    : ", the first " + settings.shop().leakingInstances() + " leaking")
            : "")
        + (settings.embedded()
            ? ", leaks " + (settings.shop().leaks().isEmpty() ? "none" : settings.shop().leaks())
            : ", external target " + settings.external().baseUrl());
  }

  private Path project(String relative) {
    return settings.projectDir().resolve(relative);
  }

  private static void append(Path file, List<String> command) throws IOException {
    Files.writeString(
        file,
        String.join(" ", command) + System.lineSeparator(),
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  /**
   * What a run left: its folder and verdict.
   *
   * @param folder the run folder
   * @param verdict the combined verdict
   */
  public record RunResult(RunFolder folder, SoakVerdict verdict) {}
}
