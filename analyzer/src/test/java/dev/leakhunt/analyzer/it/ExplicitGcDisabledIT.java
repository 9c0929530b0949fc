package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.HotSpotDiagnosticMXBean;
import dev.leakhunt.analyzer.it.programs.ChurningProgram;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A target that ignores forced GCs (-XX:+DisableExplicitGC) answers every probe at once without a
 * collection: the heap used then is not the live set, so it is not recorded as one, and the verdict
 * says the live set was not measured. The same target without the flag is the control. Both watched
 * at once ({@link WatchesAtOnce}).
 */
class ExplicitGcDisabledIT {
  private static final String DISABLED = "explicit-gc-disabled";
  private static final String ENABLED = "explicit-gc-enabled";
  private static WatchesAtOnce<Watched> watches;

  /**
   * A watch's folder, what the analyzer printed, and the target's MaxHeapFreeRatio before, while
   * and after it was watched (read for the control only).
   */
  private record Watched(
      Path out, AnalyzerProcess.Result result, String own, String whileWatched, String after) {}

  @BeforeAll
  static void watchBothAtOnce() throws InterruptedException {
    watches =
        WatchesAtOnce.run(
            Map.of(
                DISABLED,
                ExplicitGcDisabledIT::watchIgnoringForcedGcs,
                ENABLED,
                ExplicitGcDisabledIT::watchHonouringForcedGcs));
  }

  @Test
  void probesOfATargetIgnoringForcedGcsAreMarkedUnmeasured() throws Exception {
    Watched run = watches.result(DISABLED);
    Path out = run.out();
    AnalyzerProcess.Result result = run.result();
    // 18 s after warm-up cannot be judged: INCONCLUSIVE, with the note.
    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isEqualTo(3);
    JsonNode verdict = WatchRun.verdict(out);
    assertThat(verdict.path("liveSetMeasured").isBoolean()).isTrue();
    assertThat(verdict.path("liveSetMeasured").asBoolean()).isFalse();
    // A probe every 3 s for 30 s.
    assertThat(verdict.path("unmeasuredProbes").asLong()).isBetween(5L, 10L);
    assertThat(WatchRun.rows(out, "probe.pauseMs")).isZero();
    assertThat(verdict.path("reason").asText())
        .contains(
            "the live set was not measured: the target ignores forced GCs"
                + " (-XX:+DisableExplicitGC), so ");
    assertThat(WatchRun.resource(verdict, "heap.live").path("reason").asText())
        .contains("Note: the live set was not measured");
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("the live set was not measured");
  }

  /**
   * Also: the watch keeps the target's heap from shrinking after its forced GCs while it watches
   * (MaxHeapFreeRatio 100), and gives the target its own value back at the end.
   */
  @Test
  void probesOfATargetHonouringForcedGcsMeasureTheLiveSet() throws Exception {
    Watched run = watches.result(ENABLED);
    Path out = run.out();
    AnalyzerProcess.Result result = run.result();
    String own = run.own();
    String whileWatched = run.whileWatched();
    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isEqualTo(3);
    JsonNode verdict = WatchRun.verdict(out);
    assertThat(verdict.path("liveSetMeasured").asBoolean()).isTrue();
    assertThat(verdict.path("unmeasuredProbes").asLong()).isZero();
    assertThat(WatchRun.rows(out, "probe.pauseMs")).isBetween(5L, 10L);
    assertThat(verdict.path("reason").asText()).doesNotContain("not measured");

    assertThat(own).isEqualTo("70");
    assertThat(whileWatched).isEqualTo("100");
    assertThat(WatchRun.lastValue(out, "probe.maxHeapFreeRatioBefore")).isEqualTo(70.0);
    assertThat(result.stderr()).contains("MaxHeapFreeRatio 70 -> 100 while watched");
    assertThat(run.after()).isEqualTo(own);
  }

  /** Watches a churning program started with -XX:+DisableExplicitGC for 30 s. */
  private static Watched watchIgnoringForcedGcs() throws Exception {
    Path out = WatchRun.outDir(DISABLED);
    try (TargetJvm target =
        TargetJvm.start(
            ChurningProgram.class,
            150,
            List.of(
                "-Dcom.sun.management.jmxremote.authenticate=false", "-XX:+DisableExplicitGC"))) {
      AnalyzerProcess.Result result =
          AnalyzerProcess.run(
              out,
              Duration.ofSeconds(120),
              WatchRun.args(out, "--jmx", target.jmxAddress(), "--duration", "30s", "--no-jfr"));
      return new Watched(out, result, null, null, null);
    }
  }

  /**
   * Watches the same program without the flag for 30 s, reading its MaxHeapFreeRatio over JMX
   * before the watch, once two probes are in, and after the watch ended.
   */
  private static Watched watchHonouringForcedGcs() throws Exception {
    Path out = WatchRun.outDir(ENABLED);
    try (TargetJvm target = TargetJvm.start(ChurningProgram.class, 150);
        JMXConnector jmx =
            JMXConnectorFactory.connect(
                new JMXServiceURL(
                    "service:jmx:rmi:///jndi/rmi://" + target.jmxAddress() + "/jmxrmi"))) {
      HotSpotDiagnosticMXBean hotspot =
          ManagementFactory.getPlatformMXBean(
              jmx.getMBeanServerConnection(), HotSpotDiagnosticMXBean.class);
      String own = hotspot.getVMOption("MaxHeapFreeRatio").getValue();
      AnalyzerProcess analyzer =
          AnalyzerProcess.start(
              out,
              WatchRun.args(out, "--jmx", target.jmxAddress(), "--duration", "30s", "--no-jfr"));
      WatchRun.awaitRows(out, "probe.pauseMs", 2, Duration.ofSeconds(60));
      String whileWatched = hotspot.getVMOption("MaxHeapFreeRatio").getValue();
      AnalyzerProcess.Result result = analyzer.await(Duration.ofSeconds(120));
      String after = hotspot.getVMOption("MaxHeapFreeRatio").getValue();
      return new Watched(out, result, own, whileWatched, after);
    }
  }
}
