package dev.leakhunt.soak.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakhunt.contract.duration.DurationText;
import dev.leakhunt.soak.load.ClientLatency;
import dev.leakhunt.soak.load.GatlingCommand;
import dev.leakhunt.soak.load.InjectorFiles;
import dev.leakhunt.soak.load.InjectorPlan;
import dev.leakhunt.soak.load.InjectorProcesses;
import dev.leakhunt.soak.load.LoadMerge;
import dev.leakhunt.soak.load.ResponseTimeLogs;
import dev.leakhunt.soak.settings.LoadOptions;
import dev.leakhunt.soak.settings.SoakSettings;
import dev.leakhunt.soak.verdict.CheckResult;
import dev.leakhunt.soak.verdict.SloResults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The load of a soak, as the command the analyzer watches and, once it ended, the client SLO judged
 * on the response times of every injector: one Gatling process (the run folder keeps today's
 * layout), N local Gatling processes ({@code soak load}, each into {@code load/injector-<n>}), or N
 * injectors on other machines whose results arrive in a folder ({@code soak await-load}). Whenever
 * the injectors left response-time logs, the SLO is judged on their merged histogram; otherwise (a
 * simulation of your own) on the assertions each Gatling printed.
 */
final class LoadStage {
  /** After the planned injection: Gatling's drain, reports, and the copy back from the agents. */
  private static final Duration REMOTE_SLACK = Duration.ofMinutes(5);

  /** Without a given start, the longest a remote injector may wait for it (the simulation's). */
  private static final Duration REMOTE_MAX_LEAD = Duration.ofMinutes(15);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SoakSettings settings;
  private final Path javaBinary;
  private final RunFolder folder;

  LoadStage(SoakSettings settings, Path javaBinary, RunFolder folder) {
    this.settings = settings;
    this.javaBinary = javaBinary;
    this.folder = folder;
  }

  /**
   * The load command the analyzer runs and watches the target for.
   *
   * @param baseUrls the instances' base URLs (shoppers spread over them round-robin)
   */
  List<String> command(List<String> baseUrls) throws IOException {
    LoadOptions load = settings.load();
    if (load.remoteInjectorsDir() != null) {
      long leadMs =
          load.startAtEpochMs() == null
              ? REMOTE_MAX_LEAD.toMillis()
              : Math.max(0, load.startAtEpochMs() - System.currentTimeMillis());
      Duration timeout =
          Duration.ofMillis(leadMs).plus(load.ramp()).plus(load.duration()).plus(REMOTE_SLACK);
      return List.of(
          javaBinary.toString(),
          "-jar",
          soakJar().toString(),
          "await-load",
          "--injectors",
          String.valueOf(load.injectors()),
          "--dir",
          load.remoteInjectorsDir().toAbsolutePath().toString(),
          "--timeout",
          DurationText.format(timeout.withNanos(0)));
    }
    GatlingCommand gatling = new GatlingCommand(javaBinary, project("simulations"));
    if (load.injectors() == 1) {
      return gatling.command(load, baseUrls, new InjectorFiles(folder.root()), null, false);
    }
    gatling.requireBuilt();
    List<String> command =
        new ArrayList<>(
            List.of(
                javaBinary.toString(),
                "-jar",
                soakJar().toString(),
                "load",
                "--out",
                folder.loadDir().toString(),
                "--injectors",
                String.valueOf(load.injectors()),
                "--seed",
                String.valueOf(new SecureRandom().nextLong() / 2)));
    for (String baseUrl : baseUrls) {
      command.addAll(List.of("--base-url", baseUrl));
    }
    if (load.startAtEpochMs() != null) {
      command.addAll(List.of("--start-at", String.valueOf(load.startAtEpochMs())));
    }
    command.addAll(
        List.of(
            "--profile",
            load.profile(),
            "--duration",
            DurationText.format(load.duration()),
            "--ramp",
            DurationText.format(load.ramp()),
            "--think-time",
            DurationText.format(load.thinkTime()),
            "--simulation",
            load.simulationClass(),
            "--project-dir",
            settings.projectDir().toString()));
    if (load.usersPerSec() != null) {
      command.addAll(List.of("--rate", String.valueOf(load.usersPerSec())));
    }
    if (load.sloP99Millis() != null) {
      command.addAll(List.of("--slo-p99-ms", String.valueOf(load.sloP99Millis())));
    }
    if (load.sloMaxErrorPercent() != null) {
      command.addAll(List.of("--slo-max-error-percent", String.valueOf(load.sloMaxErrorPercent())));
    }
    return List.copyOf(command);
  }

  /**
   * The client SLO checks once the load ended.
   *
   * @param commandExitCode the load command's exit code, or null when it did not end
   * @param commandOutput its console output
   */
  List<CheckResult> sloChecks(Integer commandExitCode, List<String> commandOutput)
      throws IOException {
    LoadOptions load = settings.load();
    if (!load.split()) {
      InjectorFiles single = new InjectorFiles(folder.root());
      if (!Files.isRegularFile(single.responseTimesLog())
          || !Files.isRegularFile(single.summary())) {
        return SloResults.from(commandExitCode, commandOutput);
      }
      ClientLatency latency = ResponseTimeLogs.total(List.of(single.responseTimesLog())).latency(1);
      LoadMerge.writeLatency(latency, folder.root());
      Map<Integer, Integer> exitCodes = new LinkedHashMap<>();
      exitCodes.put(1, commandExitCode);
      return judged(latency, single.summary(), exitCodes);
    }
    if (load.remoteInjectorsDir() != null) {
      moveRemoteResults(load.remoteInjectorsDir());
    }
    List<Path> dirs = LoadMerge.injectorDirs(folder.loadDir());
    Map<Integer, Integer> exitCodes = new LinkedHashMap<>();
    for (int index = 1; index <= load.injectors(); index++) {
      exitCodes.put(
          index,
          InjectorProcesses.recordedExitCode(
              folder.loadDir().resolve(InjectorPlan.FOLDER_PREFIX + index)));
    }
    List<Path> logged =
        dirs.stream()
            .filter(dir -> Files.isRegularFile(new InjectorFiles(dir).responseTimesLog()))
            .filter(dir -> Files.isRegularFile(new InjectorFiles(dir).summary()))
            .toList();
    if (logged.isEmpty()) {
      return perInjectorAssertions(dirs, exitCodes);
    }
    ClientLatency latency = LoadMerge.merge(logged, folder.root());
    List<CheckResult> checks =
        new ArrayList<>(judged(latency, new InjectorFiles(folder.root()).summary(), exitCodes));
    if (logged.size() < load.injectors()) {
      checks.add(
          CheckResult.of(
              SloResults.SUITE,
              "every injector's results",
              false,
              logged.size()
                  + " of "
                  + load.injectors()
                  + " injectors left a response-time log and summary; the SLO figures cover"
                  + " those only"));
    }
    return List.copyOf(checks);
  }

  private List<CheckResult> judged(
      ClientLatency latency, Path summary, Map<Integer, Integer> exitCodes) throws IOException {
    JsonNode asked = JSON.readTree(summary.toFile());
    return SloResults.fromLatency(
        latency,
        asked.path("sloP99Millis").asInt(),
        asked.path("sloMaxErrorPercent").asDouble(),
        exitCodes);
  }

  /** A simulation that logs no response times: each injector's own Gatling assertions. */
  private static List<CheckResult> perInjectorAssertions(
      List<Path> dirs, Map<Integer, Integer> exitCodes) throws IOException {
    List<CheckResult> checks = new ArrayList<>();
    for (Path dir : dirs) {
      String injector = dir.getFileName().toString();
      int index = Integer.parseInt(injector.substring(InjectorPlan.FOLDER_PREFIX.length()));
      Path log = new InjectorFiles(dir).consoleLog();
      List<String> lines =
          Files.isRegularFile(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
      for (CheckResult check : SloResults.from(exitCodes.get(index), lines)) {
        checks.add(
            new CheckResult(
                check.suite(), injector + ": " + check.name(), check.status(), check.message()));
      }
    }
    if (checks.isEmpty()) {
      checks.add(
          CheckResult.of(SloResults.SUITE, "gatling-run", false, "no injector left results"));
    }
    return List.copyOf(checks);
  }

  /** Brings the remote injectors' folders into the run folder, so it holds the whole run. */
  private void moveRemoteResults(Path remoteDir) throws IOException {
    Files.createDirectories(folder.loadDir());
    for (Path dir : LoadMerge.injectorDirs(remoteDir)) {
      Path target = folder.loadDir().resolve(dir.getFileName());
      if (Files.exists(target)) {
        continue;
      }
      try {
        Files.move(dir, target);
      } catch (IOException acrossFileSystems) {
        // A folder moves only within one file system (a shared volume is another): copy it.
        copyTree(dir, target);
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path copy = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
  }

  private Path soakJar() {
    return project("soak-run/target/soak.jar");
  }

  private Path project(String relative) {
    return settings.projectDir().resolve(relative);
  }
}
