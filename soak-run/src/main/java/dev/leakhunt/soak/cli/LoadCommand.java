package dev.leakhunt.soak.cli;

import dev.leakhunt.soak.load.GatlingCommand;
import dev.leakhunt.soak.load.InjectorPlan;
import dev.leakhunt.soak.load.InjectorProcesses;
import dev.leakhunt.soak.settings.LoadOptions;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code soak load}: the load alone, as one injector among several ({@code --injector-index}), or
 * all of them as processes on this machine. Each injector sends 1/N of every arrival rate of the
 * profile, starts at the common instant {@code --start-at}, seeds its feeders with {@code --seed +
 * index}, and writes {@code OUT/injector-<index>/}: Gatling's report, the shoppers' summary, the
 * response-time log, its console output and {@code injector.json}. {@code soak merge-load} combines
 * the folders. This is what a CI stage on another agent runs against the service under test.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs the shopper load alone: one injector of N (--injector-index), or all N as local"
          + " processes. Each sends 1/N of the rate from the common --start-at and writes"
          + " OUT/injector-<index>/; combine them with 'soak merge-load'.",
      "Exit code: 0 when every injector's Gatling exited 0, else 1; 2 on bad options."
    })
public final class LoadCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--base-url",
      required = true,
      paramLabel = "URL",
      description =
          "The service under test, e.g. http://127.0.0.1:8080; repeatable: shoppers spread over"
              + " several instances round-robin.")
  List<String> baseUrls;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Load folder; injector i writes DIR/injector-<i>/.")
  Path out;

  @Option(
      names = "--injectors",
      paramLabel = "N",
      defaultValue = "1",
      description = "How many injectors share the arrival rate (default: ${DEFAULT-VALUE}).")
  int injectors;

  @Option(
      names = "--injector-index",
      paramLabel = "I",
      description = "Run only injector I (1..N), as a CI stage does; without it all N run here.")
  Integer injectorIndex;

  @Option(
      names = "--start-at",
      paramLabel = "EPOCH_MS|INSTANT",
      description =
          "Common start of all injectors, epoch milliseconds or ISO-8601 (2026-12-01T03:00:00Z);"
              + " required with --injector-index. Without it, injectors run here start together"
              + " once the last one is ready.")
  String startAt;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Base feeder seed; injector i uses N + i (default: random).")
  Long seed;

  @Mixin LoadShapeOptions shape = new LoadShapeOptions();

  @Mixin SimulationOptions simulation = new SimulationOptions();

  @Option(names = "--project-dir", paramLabel = "DIR", defaultValue = ".")
  Path projectDir;

  /** Tests only: every response time also as text, to check the merged histogram against. */
  @Option(names = "--raw-response-times", hidden = true)
  boolean rawResponseTimes;

  @Override
  public Integer call() throws Exception {
    if (injectors < 1 || injectors > SoakCommand.MAX_INJECTORS) {
      throw usage(
          "--injectors must be between 1 and "
              + SoakCommand.MAX_INJECTORS
              + " (got "
              + injectors
              + ")");
    }
    if (injectorIndex != null && (injectorIndex < 1 || injectorIndex > injectors)) {
      throw usage(
          "--injector-index must be between 1 and --injectors "
              + injectors
              + " (got "
              + injectorIndex
              + ")");
    }
    for (String baseUrl : baseUrls) {
      if (!baseUrl.matches("https?://\\S+")) {
        throw usage("--base-url must be http(s)://HOST[:PORT] (got '" + baseUrl + "')");
      }
    }
    shape.check();
    if (startAt == null && injectorIndex != null && injectors > 1) {
      throw usage(
          "--injector-index needs --start-at: injectors on several machines start at one instant");
    }
    Long startAtMs;
    try {
      startAtMs = startAt == null ? null : parseStartAt(startAt);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    LoadOptions load = shape.loadOptions(simulation);
    long baseSeed = seed != null ? seed : new SecureRandom().nextLong();
    List<InjectorPlan> plans =
        InjectorPlan.all(injectors, startAtMs, baseSeed).stream()
            .filter(plan -> injectorIndex == null || plan.index() == injectorIndex)
            .toList();
    Path project = projectDir.toAbsolutePath().normalize();
    InjectorProcesses processes =
        new InjectorProcesses(
            new GatlingCommand(SoakCommand.javaBinary(), project.resolve("simulations")),
            System.out);
    Thread stopper = new Thread(processes::stop, "load-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    System.out.println(
        "leakhunt load: "
            + plans.size()
            + " of "
            + injectors
            + " injector(s) against "
            + String.join(", ", baseUrls)
            + ", common start "
            + (startAtMs == null ? "when all are ready" : Instant.ofEpochMilli(startAtMs)));
    List<Integer> exitCodes =
        processes.run(
            plans,
            load,
            baseUrls.stream().map(url -> url.replaceAll("/+$", "")).toList(),
            out.toAbsolutePath(),
            rawResponseTimes);
    Runtime.getRuntime().removeShutdownHook(stopper);
    System.out.println(
        "leakhunt load: done; combine with: soak merge-load --out DIR "
            + out
            + "/"
            + InjectorPlan.FOLDER_PREFIX
            + "*");
    return exitCodes.stream().allMatch(code -> code == 0) ? 0 : 1;
  }

  /**
   * Parses a common start: epoch milliseconds or an ISO-8601 instant.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  static long parseStartAt(String text) {
    String trimmed = text.trim();
    try {
      return trimmed.matches("\\d{1,15}")
          ? Long.parseLong(trimmed)
          : Instant.parse(trimmed).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--start-at must be epoch milliseconds or an ISO-8601 instant like"
              + " 2026-12-01T03:00:00Z (got '"
              + text
              + "')");
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return UsageErrors.usage(spec.commandLine(), message);
  }
}
