package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.analyzer.it.programs.HiddenClassProgram;
import dev.leakhunt.analyzer.it.programs.ListenerProgram;
import dev.leakhunt.analyzer.it.programs.OpenFilesProgram;
import dev.leakhunt.analyzer.it.programs.SessionMapProgram;
import dev.leakhunt.analyzer.it.programs.TemplateProgram;
import dev.leakhunt.analyzer.it.programs.ThreadLocalCacheProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The top suspect names the owning class and the line that allocates (defines, opens) it, for JVMs
 * this project never saw, watched with the defaults: each leaks 4 KiB (a class, a descriptor) per
 * request in its own way while its request threads churn short-lived garbage, and no suspect may
 * name that churn. One JVM run per scenario, plus a clean one that must name nothing.
 *
 * <p>The heap leaks are 4 KiB per request, not 1: JFR offers an object to its old-object sampler
 * only on an allocation's slow path (a new TLAB, or an object placed outside one), and a 1 KiB leak
 * left 4 samples in the 73 s judged in one run here, while one CI run's suspect had no line. At 4
 * KiB one run of each kept 82 to 230. "Few samples" in DIAGNOSIS.md has the rule.
 *
 * <p>All eight watches start together when the class does, each on a thread of its own, and each
 * test asserts on its own run: the programs are light (a watch and its target take about 8
 * CPU-seconds with C1), and eight at once take one watch's time, where the module's four threads
 * took two rounds and made this class the suite's last four minutes (clean clone, 2026-12-02). The
 * class holds one of those threads while they run ({@link WatchesAtOnce}).
 */
class LeakNamingIT {
  private static final String PROGRAMS = "dev.leakhunt.analyzer.it.programs.";
  private static final int LIFE_SECONDS = 150;
  private static final String CLEAN = "naming-clean";

  /** Each scenario's folder name and the program it watches. */
  private static final Map<String, String> LEAKING =
      Map.of(
          "naming-records", "RecordsWorkload",
          "naming-session-map", SessionMapProgram.class.getName(),
          "naming-thread-local", ThreadLocalCacheProgram.class.getName(),
          "naming-library-cache", TemplateProgram.class.getName(),
          "naming-listeners", ListenerProgram.class.getName(),
          "naming-hidden-classes", HiddenClassProgram.class.getName(),
          "naming-open-files", OpenFilesProgram.class.getName());

  private static WatchesAtOnce<Run> watches;

  @BeforeAll
  static void watchEveryScenarioAtOnce() throws InterruptedException {
    Map<String, Callable<Run>> runs = new HashMap<>();
    LEAKING.forEach(
        (scenario, mainClass) ->
            runs.put(scenario, () -> watch(scenario, mainClass, new String[0])));
    runs.put(CLEAN, LeakNamingIT::watchClean);
    watches = WatchesAtOnce.run(runs);
  }

  @Test
  void staticListOfRecordsInTheUnnamedPackage() throws Exception {
    Run run = leaking("naming-records");
    JsonNode top = run.firstSuspect("HEAP_CLASS");
    assertThat(top.path("name").asText()).as(run.why()).isEqualTo("RecordsWorkload$Record");
    assertThat(top.path("applicationFrame").asText())
        .as(run.why())
        .startsWith("RecordsWorkload.retainRecord:");
    JsonNode trace = top.path("trace");
    assertThat(trace.path("accumulationPoint").asText())
        .as(run.why())
        .isEqualTo("static RecordsWorkload.RETAINED");
    assertThat(trace.path("fingerprint").asText()).matches("\\p{XDigit}{16}");
    assertThat(trace.path("ownerInstancesAfter").asLong())
        .isGreaterThan(trace.path("ownerInstancesBefore").asLong() + 1_000);
    run.assertNoSuspectNames("RecordsWorkload.churn");
    // The verdict line names the owner and its line, not byte[].
    assertThat(run.verdictLine())
        .contains("Top suspects: RecordsWorkload$Record +")
        .contains("allocated at RecordsWorkload.retainRecord:");
    assertThat(Files.readString(run.out().resolve("report.html")))
        .contains("<h2>Leak trace</h2>")
        .contains(
            "<b>RecordsWorkload$Record</b> piles up at <code>static RecordsWorkload.RETAINED");
  }

  @Test
  void staticMapKeyedPerRequestInANamedPackage() throws Exception {
    Run run = leaking("naming-session-map");
    JsonNode top = run.firstSuspect("HEAP_CLASS");
    assertThat(top.path("name").asText())
        .as(run.why())
        .isEqualTo(PROGRAMS + "SessionMapProgram$Session");
    assertThat(top.path("applicationFrame").asText())
        .as(run.why())
        .startsWith(PROGRAMS + "SessionMapProgram.openSession:");
    assertThat(top.path("trace").path("accumulationPoint").asText())
        .as(run.why())
        .isEqualTo("static SessionMapProgram.SESSIONS");
    run.assertNoSuspectNames("RequestLoop.churn");
  }

  @Test
  void threadLocalInAPoolThread() throws Exception {
    Run run = leaking("naming-thread-local");
    JsonNode top = run.firstSuspect("HEAP_CLASS");
    assertThat(top.path("name").asText())
        .as(run.why())
        .isEqualTo(PROGRAMS + "ThreadLocalCacheProgram$RequestCache");
    // Either line of the leak: the one allocating the entry or the one adding it to the cache
    // (the list's grown array is sampled there); which group ranks first depends on the samples.
    assertThat(top.path("applicationFrame").asText())
        .as(run.why())
        .matches(
            "\\Q"
                + PROGRAMS
                + "ThreadLocalCacheProgram\\E(\\.cacheResponse|\\$RequestCache\\.remember):\\d+");
    assertThat(top.path("trace").path("fingerprintSource").asText())
        .contains("java.lang.Thread.threadLocals");
    run.assertNoSuspectNames("RequestLoop.churn");
  }

  @Test
  void aLibrarysOwnCacheIsNamedByTheApplicationsCallIntoIt() throws Exception {
    Run run = leaking("naming-library-cache");
    JsonNode top = run.firstSuspect("HEAP_CLASS");
    assertThat(top.path("name").asText())
        .as(run.why())
        .isEqualTo("dev.leakhunt.analyzer.it.library.TemplateEngine$CompiledTemplate");
    // The objects are allocated in the library's frames; the line to fix is the program's call.
    assertThat(top.path("applicationFrame").asText())
        .as(run.why())
        .startsWith(PROGRAMS + "TemplateProgram.render:");
    assertThat(top.path("trace").path("accumulationPoint").asText())
        .as(run.why())
        .isEqualTo("TemplateEngine.cache");
    run.assertNoSuspectNames("RequestLoop.churn");
  }

  @Test
  void listenersOfPropertyChangeSupport() throws Exception {
    Run run = leaking("naming-listeners");
    JsonNode top = run.firstSuspect("HEAP_CLASS");
    assertThat(top.path("name").asText())
        .as(run.why())
        .isEqualTo(PROGRAMS + "ListenerProgram$PriceWatcher");
    assertThat(top.path("applicationFrame").asText())
        .as(run.why())
        .startsWith(PROGRAMS + "ListenerProgram.watchPrices:");
    run.assertNoSuspectNames("RequestLoop.churn");
  }

  @Test
  void hiddenClassesPerRequest() throws Exception {
    Run run = leaking("naming-hidden-classes");
    assertThat(run.failing()).as(run.why()).contains("classes.loaded");
    JsonNode top = run.firstSuspect("CLASS_DEFINITION");
    assertThat(top.path("name").asText())
        .isEqualTo(PROGRAMS + "HiddenClassProgram$GeneratedQuery/0x*");
    assertThat(top.path("applicationFrame").asText())
        .as(run.why())
        .startsWith(PROGRAMS + "HiddenClassProgram.compile:");
    assertThat(top.path("evidence").asText()).contains("ClassLoaders$AppClassLoader");
    run.assertNoSuspectNames("RequestLoop.churn");
  }

  @Test
  void unclosedFileInputStreamPerRequest() throws Exception {
    Run run = leaking("naming-open-files");
    assertThat(run.failing()).as(run.why()).contains("fd.open");
    JsonNode top = run.firstSuspect("DESCRIPTOR");
    String release = Path.of(System.getProperty("java.home"), "release").toString();
    assertThat(top.path("name").asText()).isEqualTo(release);
    // 4 per second: about 14,400/h.
    assertThat(top.path("growthPerHour").asDouble()).isBetween(10_000.0, 16_000.0);
    // JDK 17 records no open event: the line is known only when JFR sampled a stream.
    String frame = top.path("applicationFrame").asText("");
    if (frame.isEmpty()) {
      assertThat(top.path("evidence").asText()).contains("the opening stack is not known");
    } else {
      assertThat(frame).startsWith(PROGRAMS + "OpenFilesProgram.readVersion:");
    }
    run.assertNoSuspectNames("RequestLoop.churn");
  }

  @Test
  void cleanProgramWithTheSameChurnNamesNothing() throws Exception {
    Run run = watches.result(CLEAN);
    assertThat(run.result().exitCode()).as(run.why()).isEqualTo(0);
    assertThat(run.result().stdout()).doesNotContain("Top suspects");
    assertThat(run.verdict().path("diagnosis").path("suspects")).isEmpty();
    assertThat(Files.readString(run.out().resolve("report.html"))).doesNotContain("Leak trace");
  }

  /** The run of a leaking scenario, once it ended; the analyzer must have failed it. */
  private static Run leaking(String scenario) throws Exception {
    Run run = watches.result(scenario);
    assertThat(run.result().exitCode()).as(run.why()).isEqualTo(1);
    return run;
  }

  private static Run watch(String scenario, String mainClass, String[] extra, String... args)
      throws Exception {
    Path out = WatchRun.outDir(scenario);
    try (TargetJvm target = TargetJvm.start(mainClass, LIFE_SECONDS, args)) {
      List<String> watchArgs =
          new ArrayList<>(List.of("--jmx", target.jmxAddress(), "--duration", WatchRun.DURATION));
      watchArgs.addAll(List.of(extra));
      AnalyzerProcess.Result result =
          AnalyzerProcess.run(
              out, Duration.ofSeconds(150), WatchRun.args(out, watchArgs.toArray(String[]::new)));
      return new Run(out, result, WatchRun.verdict(out));
    }
  }

  private static Run watchClean() throws Exception {
    // Class metadata of the watcher's own JMX calls grows for the first minutes after it
    // connects (see WatchRun): a 73 s window read compressed-class-space.used +1.18 MiB/h and
    // classes.loaded +1,946/h on the loaded machine here, with no class defined by the program.
    String[] thresholds = {
      WatchRun.SHORT_RUN_CLASS_THRESHOLDS[0],
      WatchRun.SHORT_RUN_CLASS_THRESHOLDS[1],
      WatchRun.SHORT_RUN_RSS_THRESHOLD[0],
      WatchRun.SHORT_RUN_RSS_THRESHOLD[1],
      WatchRun.SHORT_RUN_FD_THRESHOLD[0],
      WatchRun.SHORT_RUN_FD_THRESHOLD[1],
      "--threshold",
      "compressed-class-space.used=4MiB",
      "--threshold",
      "classes.loaded=3000"
    };
    return watch(CLEAN, "RecordsWorkload", thresholds, "clean");
  }

  private record Run(Path out, AnalyzerProcess.Result result, JsonNode verdict) {
    /** What the analyzer printed, and what the diagnosis saw: enough to tell a miss's cause. */
    String why() {
      JsonNode diagnosis = verdict.path("diagnosis");
      StringBuilder why = new StringBuilder(result.stdout()).append(result.stderr());
      why.append("\nold-object triage: ").append(diagnosis.path("oldObjectTriage"));
      for (JsonNode group : diagnosis.path("oldObjectGroups")) {
        why.append("\ngroup: ")
            .append(group.path("sampleCount").asInt())
            .append(" x ")
            .append(group.path("referencePath").asText())
            .append(" from ")
            .append(group.path("gcRoot").asText())
            .append(" at ")
            .append(group.path("applicationFrame").asText());
      }
      for (JsonNode suspect : diagnosis.path("suspects")) {
        why.append("\nsuspect: ").append(suspect.path("evidence").asText());
      }
      return why.append("\nnotes: ").append(diagnosis.path("notes")).toString();
    }

    List<String> failing() {
      return WatchRun.failing(verdict);
    }

    String verdictLine() {
      return result.stdout().lines().filter(l -> l.startsWith("VERDICT ")).findFirst().orElse("");
    }

    JsonNode firstSuspect(String kind) {
      for (JsonNode s : verdict.path("diagnosis").path("suspects")) {
        if (s.path("kind").asText().equals(kind)) {
          return s;
        }
      }
      throw new AssertionError("no " + kind + " suspect: " + why());
    }

    /** No suspect's allocating frame or stack points at the short-lived work. */
    void assertNoSuspectNames(String churnMethod) {
      for (JsonNode s : verdict.path("diagnosis").path("suspects")) {
        assertThat(s.path("applicationFrame").asText("")).doesNotContain(churnMethod);
        s.path("stack").forEach(f -> assertThat(f.asText()).doesNotContain(churnMethod));
      }
    }
  }
}
