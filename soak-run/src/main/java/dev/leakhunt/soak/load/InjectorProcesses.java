package dev.leakhunt.soak.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakhunt.soak.settings.LoadOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs injectors as Gatling processes on this machine, each into its own {@code injector-<n>}
 * folder of the load folder, and waits for all of them (bounded by the planned time plus slack).
 * When an injector ends, its {@code injector.json} records its plan, command and exit code; that
 * file is the sign that the injector is done. Stopped early, the processes are ended too.
 */
public final class InjectorProcesses {
  /** After the planned injection: Gatling's drain (60 s), its reports and JVM exit. */
  static final Duration SLACK = Duration.ofMinutes(3);

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final GatlingCommand gatling;
  private final PrintStream console;
  private final List<Process> running = new ArrayList<>();

  /** Injectors started from {@code gatling}'s command, narrated on {@code console}. */
  public InjectorProcesses(GatlingCommand gatling, PrintStream console) {
    this.gatling = gatling;
    this.console = console;
  }

  /**
   * Runs {@code plans} at once and waits for all.
   *
   * @param rawResponseTimes also write every response time as text (tests)
   * @return the exit codes in plan order (-1 for an injector that had to be killed)
   */
  public List<Integer> run(
      List<InjectorPlan> plans,
      LoadOptions load,
      List<String> baseUrls,
      Path loadDir,
      boolean rawResponseTimes)
      throws IOException, InterruptedException {
    List<InjectorFiles> files = new ArrayList<>();
    List<List<String>> commands = new ArrayList<>();
    for (InjectorPlan plan : plans) {
      InjectorFiles injector = new InjectorFiles(loadDir.resolve(plan.folderName()));
      Files.createDirectories(injector.dir());
      Files.deleteIfExists(injector.result());
      List<String> command = gatling.command(load, baseUrls, injector, plan, rawResponseTimes);
      files.add(injector);
      commands.add(command);
      synchronized (running) {
        running.add(
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(injector.consoleLog().toFile())
                .start());
      }
      console.printf(
          "leakhunt load: injector %d of %d started (seed %d, common start %s), output in %s%n",
          plan.index(),
          plan.count(),
          plan.seed(),
          plan.startAtEpochMs() == null ? "when all are ready" : plan.startAtEpochMs(),
          injector.consoleLog());
    }
    // The simulation waits at most 15 minutes for its start, however it is given.
    long startBoundMs =
        plans.get(0).startAtEpochMs() != null
            ? Math.max(System.currentTimeMillis(), plans.get(0).startAtEpochMs())
            : System.currentTimeMillis() + Duration.ofMinutes(15).toMillis();
    long deadlineMs = startBoundMs + plannedSeconds(load) * 1_000L + SLACK.toMillis();
    List<Integer> exitCodes = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      Process process = running.get(i);
      long waitMs = Math.max(1, deadlineMs - System.currentTimeMillis());
      int exitCode;
      if (process.waitFor(waitMs, TimeUnit.MILLISECONDS)) {
        exitCode = process.exitValue();
      } else {
        console.printf(
            "leakhunt load: injector %d still runs past the planned end; ending it%n",
            plans.get(i).index());
        exitCode = end(process);
      }
      exitCodes.add(exitCode);
      writeResult(files.get(i), plans.get(i), commands.get(i), exitCode);
      Long lateMs = startLateMs(files.get(i), plans.get(i));
      console.printf(
          "leakhunt load: injector %d of %d exited %d%s%n",
          plans.get(i).index(),
          plans.get(i).count(),
          exitCode,
          lateMs == null ? "" : ", started " + lateMs + " ms after the common start");
    }
    printStartSpread(files);
    return List.copyOf(exitCodes);
  }

  /** How far apart the injectors began injecting: the barrier's precision, as measured. */
  private void printStartSpread(List<InjectorFiles> files) {
    List<Long> startedAtMs =
        files.stream()
            .map(InjectorProcesses::startedAtMs)
            .filter(java.util.Objects::nonNull)
            .toList();
    if (startedAtMs.size() > 1) {
      console.printf(
          "leakhunt load: the %d injectors began within %d ms of each other%n",
          startedAtMs.size(),
          startedAtMs.stream().mapToLong(Long::longValue).max().orElse(0)
              - startedAtMs.stream().mapToLong(Long::longValue).min().orElse(0));
    }
  }

  /** Ends every injector still running (on SIGTERM); safe to call at any time. */
  public void stop() {
    synchronized (running) {
      for (Process process : running) {
        if (process.isAlive()) {
          end(process);
        }
      }
    }
  }

  private static int end(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return process.isAlive() ? -1 : process.exitValue();
  }

  private static long plannedSeconds(LoadOptions load) {
    return load.ramp().toSeconds() + load.duration().toSeconds();
  }

  private static void writeResult(
      InjectorFiles files, InjectorPlan plan, List<String> command, int exitCode)
      throws IOException {
    ObjectNode result = JSON.createObjectNode();
    result.put("index", plan.index());
    result.put("count", plan.count());
    if (plan.startAtEpochMs() != null) {
      result.put("startAtEpochMs", plan.startAtEpochMs());
    }
    Long startedAtMs = startedAtMs(files);
    if (startedAtMs != null) {
      result.put("startedAtMs", startedAtMs);
    }
    result.put("seed", plan.seed());
    result.put("exitCode", exitCode);
    Long lateMs = startLateMs(files, plan);
    if (lateMs != null) {
      // The barrier is an instant: an injector whose JVM came up after it starts at once.
      result.put("startLateMs", lateMs);
    }
    result.put("command", String.join(" ", command));
    Path temporary = files.result().resolveSibling("injector.json.tmp");
    JSON.writeValue(temporary.toFile(), result);
    Files.move(
        temporary,
        files.result(),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** How long after the common instant the injector began, from its summary, or null. */
  private static Long startLateMs(InjectorFiles files, InjectorPlan plan) {
    Long startedAtMs = startedAtMs(files);
    return startedAtMs == null || plan.startAtEpochMs() == null
        ? null
        : Math.max(0, startedAtMs - plan.startAtEpochMs());
  }

  /** When the injector began injecting (after its barrier), from its summary, or null. */
  private static Long startedAtMs(InjectorFiles files) {
    if (!Files.isRegularFile(files.summary())) {
      return null;
    }
    try {
      long startedAtMs = JSON.readTree(files.summary().toFile()).path("startedAtMs").asLong();
      return startedAtMs == 0 ? null : startedAtMs;
    } catch (IOException e) {
      return null;
    }
  }

  /** The exit code an injector recorded in its {@code injector.json}, or null if it has none. */
  public static Integer recordedExitCode(Path injectorDir) {
    Path result = new InjectorFiles(injectorDir).result();
    if (!Files.isRegularFile(result)) {
      return null;
    }
    try {
      return JSON.readTree(result.toFile()).path("exitCode").asInt();
    } catch (IOException e) {
      return null;
    }
  }
}
