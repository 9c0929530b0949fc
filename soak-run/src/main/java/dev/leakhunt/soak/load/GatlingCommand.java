package dev.leakhunt.soak.load;

import dev.leakhunt.soak.settings.LoadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that runs one Gatling simulation as a plain {@code java} process: the compiled
 * simulations plus the classpath Maven wrote to {@code simulations/target/gatling-classpath.txt}.
 * The simulation reads its knobs from the {@code -D} properties set here.
 */
public final class GatlingCommand {
  /** Runs this long or longer print Gatling's console summary less often. */
  private static final Duration LONG_RUN = Duration.ofMinutes(30);

  /** Every response time as text, one {@code MILLIS,ok|ko} line per request (tests only). */
  public static final String RAW_RESPONSE_TIMES = "response-times-ms.txt";

  private final Path javaBinary;
  private final Path simulationsDir;

  /**
   * @param javaBinary the java launcher
   * @param simulationsDir the built {@code simulations} module directory
   */
  public GatlingCommand(Path javaBinary, Path simulationsDir) {
    this.javaBinary = javaBinary;
    this.simulationsDir = simulationsDir;
  }

  /**
   * Builds the command.
   *
   * @param baseUrl the target's base URL
   * @param resultsDir where Gatling writes its HTML report
   * @param summaryFile where the simulation writes its run summary JSON
   * @throws IllegalStateException when the simulations are not built
   */
  public List<String> command(LoadOptions load, String baseUrl, Path resultsDir, Path summaryFile)
      throws IOException {
    return command(load, List.of(baseUrl), resultsDir, summaryFile);
  }

  /**
   * Builds the command spreading shoppers over several instances: {@code -DbaseUrl} is the first,
   * {@code -DbaseUrls} all of them (comma-separated) when there are several.
   *
   * @param baseUrls the instances' base URLs, at least one
   */
  public List<String> command(
      LoadOptions load, List<String> baseUrls, Path resultsDir, Path summaryFile)
      throws IOException {
    return command(load, baseUrls, resultsDir, summaryFile, List.of());
  }

  /**
   * Builds the command of one injector writing into {@code files}: its response times logged for
   * the merged client latency, which judges the SLO instead of Gatling's own assertions (an
   * injector's share alone would say nothing about the whole run's p99).
   *
   * @param baseUrls the instances' base URLs, at least one
   * @param plan this injector's part of a split load, or null for a single injector
   * @param rawResponseTimes also write every response time as text (for tests)
   */
  public List<String> command(
      LoadOptions load,
      List<String> baseUrls,
      InjectorFiles files,
      InjectorPlan plan,
      boolean rawResponseTimes)
      throws IOException {
    List<String> injector = new ArrayList<>();
    injector.add("-DresponseTimesLog=" + files.responseTimesLog().toAbsolutePath());
    injector.add("-Dslo.assert=false");
    if (plan != null) {
      injector.add("-DinjectorIndex=" + plan.index());
      injector.add("-DinjectorCount=" + plan.count());
      injector.add(
          plan.startAtEpochMs() != null
              ? "-DstartAtEpochMs=" + plan.startAtEpochMs()
              : "-DstartBarrierDir="
                  + files.dir().resolveSibling(InjectorPlan.START_BARRIER_DIR).toAbsolutePath());
      injector.add("-Dseed=" + plan.seed());
    }
    if (rawResponseTimes) {
      injector.add(
          "-DrawResponseTimesFile=" + files.dir().resolve(RAW_RESPONSE_TIMES).toAbsolutePath());
    }
    return command(load, baseUrls, files.gatlingDir(), files.summary(), injector);
  }

  /** {@link #command(LoadOptions, List, InjectorFiles, InjectorPlan, boolean)} of one instance. */
  public List<String> command(
      LoadOptions load,
      String baseUrl,
      InjectorFiles files,
      InjectorPlan plan,
      boolean rawResponseTimes)
      throws IOException {
    return command(load, List.of(baseUrl), files, plan, rawResponseTimes);
  }

  /**
   * Checks that the simulations are built.
   *
   * @throws IllegalStateException naming the missing file and the build command
   */
  public void requireBuilt() {
    Path classpathFile = simulationsDir.resolve("target/gatling-classpath.txt");
    if (!Files.isRegularFile(classpathFile)
        || !Files.isDirectory(simulationsDir.resolve("target/test-classes"))) {
      throw new IllegalStateException(
          "simulations are not built ("
              + classpathFile
              + " missing); build first: mvn -B -DskipTests package");
    }
  }

  private List<String> command(
      LoadOptions load,
      List<String> baseUrls,
      Path resultsDir,
      Path summaryFile,
      List<String> injectorProperties)
      throws IOException {
    requireBuilt();
    String baseUrl = baseUrls.get(0);
    Path classpathFile = simulationsDir.resolve("target/gatling-classpath.txt");
    Path testClasses = simulationsDir.resolve("target/test-classes");
    String classpath =
        testClasses.toAbsolutePath()
            + java.io.File.pathSeparator
            + Files.readString(classpathFile).strip();
    List<String> command = new ArrayList<>();
    command.add(javaBinary.toString());
    command.addAll(List.of("-Xms256m", "-Xmx1g", "-XX:+UseG1GC"));
    command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
    command.add("-DbaseUrl=" + baseUrl);
    if (baseUrls.size() > 1) {
      command.add("-DbaseUrls=" + String.join(",", baseUrls));
    }
    command.add("-Dprofile=" + load.profile());
    command.add("-DdurationSeconds=" + load.duration().toSeconds());
    command.add("-DrampSeconds=" + load.ramp().toSeconds());
    command.add("-DpauseMillis=" + load.thinkTime().toMillis());
    if (load.usersPerSec() != null) {
      command.add("-DusersPerSec=" + load.usersPerSec());
    }
    if (load.sloP99Millis() != null) {
      command.add("-Dslo.p99Millis=" + load.sloP99Millis());
    }
    if (load.sloMaxErrorPercent() != null) {
      command.add("-Dslo.maxErrorPercent=" + load.sloMaxErrorPercent());
    }
    command.add("-DsummaryFile=" + summaryFile.toAbsolutePath());
    command.addAll(injectorProperties);
    if (load.duration().plus(load.ramp()).compareTo(LONG_RUN) >= 0) {
      command.add("-Dgatling.data.console.writePeriod=60");
    }
    command.addAll(List.of("-cp", classpath, "io.gatling.app.Gatling"));
    command.addAll(List.of("--simulation", load.simulationClass()));
    command.addAll(List.of("--results-folder", resultsDir.toAbsolutePath().toString()));
    return command;
  }
}
