package dev.leakhunt.soak.run;

import dev.leakhunt.contract.run.RunFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The layout of one run folder, {@code <output>/<yyyyMMdd-HHmmss>/}: everything a run leaves
 * behind, at fixed relative paths so the index page, Jenkins and people find it.
 *
 * @param root the run folder
 */
public record RunFolder(Path root) {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /** Creates a fresh folder named by the UTC start time (suffixed if that name is taken). */
  public static RunFolder create(Path outputDir, Instant startedAt) throws IOException {
    Files.createDirectories(outputDir);
    String stamp = STAMP.format(startedAt);
    Path root = outputDir.resolve(stamp);
    for (int suffix = 2; Files.exists(root); suffix++) {
      root = outputDir.resolve(stamp + "-" + suffix);
    }
    Files.createDirectories(root);
    return new RunFolder(root);
  }

  /** The analyzer's {@code --out} folder (verdict.json, report.html, junit.xml, samples.csv). */
  public Path analyzerDir() {
    return root.resolve(RunFiles.ANALYZER_SUBDIR);
  }

  /** Gatling's results folder; the HTML report is in a sub-folder Gatling names. */
  public Path gatlingDir() {
    return root.resolve("gatling");
  }

  /** The simulation's run summary JSON. */
  public Path loadSummary() {
    return root.resolve("gatling-summary.json");
  }

  /** With several injectors: their {@code injector-<n>} folders. */
  public Path loadDir() {
    return root.resolve("load");
  }

  /** Every response time of every injector, HdrHistogram interval log (merged when several). */
  public Path responseTimesLog() {
    return root.resolve(dev.leakhunt.soak.load.InjectorFiles.RESPONSE_TIMES_HLOG);
  }

  /** The run's client p50/p95/p99/max and failed requests, from {@link #responseTimesLog()}. */
  public Path clientLatency() {
    return root.resolve(dev.leakhunt.soak.load.LoadMerge.CLIENT_LATENCY_JSON);
  }

  /** The embedded shop's stdout and stderr. */
  public Path shopLog() {
    return root.resolve("shop.log");
  }

  /** The log of embedded shop instance {@code number} (1-based) of several. */
  public Path shopLog(int number) {
    return root.resolve("shop-" + number + ".log");
  }

  /** The {@code /stats} of embedded shop instance {@code number} (1-based) of several. */
  public Path stats(int number) {
    return root.resolve("stats-shop-" + number + ".json");
  }

  /** The shop's {@code /stats} at the end of the load. */
  public Path stats() {
    return root.resolve("stats.json");
  }

  /** The commands this run started, one per line. */
  public Path commands() {
    return root.resolve("commands.txt");
  }

  /** JUnit XML of the SLO assertions. */
  public Path sloJunit() {
    return root.resolve("junit-slo.xml");
  }

  /** JUnit XML of the invariants. */
  public Path invariantsJunit() {
    return root.resolve("junit-invariants.xml");
  }

  /** The combined verdict as JSON. */
  public Path verdict() {
    return root.resolve("soak-verdict.json");
  }

  /** What was tested, how and when: tags, load, target, machine, start and end. */
  public Path runInfo() {
    return root.resolve(RunFiles.RUN_JSON);
  }

  /** The page linking everything, verdict at the top. */
  public Path index() {
    return root.resolve("index.html");
  }

  /** Gatling's HTML report, once Gatling wrote one. */
  public Optional<Path> gatlingReport() {
    if (!Files.isDirectory(gatlingDir())) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(gatlingDir(), 2)) {
      return files.filter(file -> file.getFileName().toString().equals("index.html")).findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** With several injectors: each one's Gatling HTML report, in folder order. */
  public java.util.List<Path> injectorGatlingReports() {
    if (!Files.isDirectory(loadDir())) {
      return java.util.List.of();
    }
    try (Stream<Path> files = Files.walk(loadDir(), 4)) {
      return files
          .filter(file -> file.getFileName().toString().equals("index.html"))
          .filter(file -> file.getParent().getParent().getFileName().toString().equals("gatling"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code file} relative to the run folder, with forward slashes (for links). */
  public String relative(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
