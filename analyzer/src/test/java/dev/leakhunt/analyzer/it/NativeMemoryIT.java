package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.analyzer.sampler.ProcessMemoryRows;
import dev.leakhunt.analyzer.sampler.diagnosis.ShopTraffic;
import dev.leakhunt.analyzer.sampler.diagnosis.TestShop;
import dev.leakhunt.contract.run.RunFiles;
import dev.leakhunt.testkit.ShopJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * {@code watch} end to end against the real shop for memory outside the Java heap: the process's
 * resident set ({@code rss}) and Native Memory Tracking's categories ({@code nmt.*.committed}).
 *
 * <p>Every run has the same setup: the shop's heap pinned and touched up front ({@code -Xms256m
 * -XX:+AlwaysPreTouch}), so that rss holds no heap expansion; the shop served up to {@value
 * #WARMING_JOURNEYS} order journeys before the watch starts; 90 s watched, 20 s warm-up, 1 s
 * samples; the same short-run thresholds for the clean and the leaking shops.
 *
 * <p>Why the warming and the thresholds: a freshly started JVM under load keeps compiling, loading
 * and growing its malloc arenas for minutes. Watched from its start with a 10 s warm-up on the
 * shared 2-core machine (load average about 55), a clean shop's code cache grew 155 MiB/h, its
 * metaspace 58-61 MiB/h and its rss 205 MiB/h to 1 GiB/h over the 80 s window. Warmed first, its
 * rss still grew 34 MiB/h in one run and 508 MiB/h (upper bound 746 MiB/h) in another, with no NMT
 * category growing: a bare shop under load grew 15 MiB of resident memory in its second minute
 * whether or not NMT summaries were read. The unclosed-gzip shop's rss grew 7.6-8.0 GiB/h in this
 * setup. So rss is judged here at 2 GiB/h, a quarter of the leak's rate; the code cache and class
 * metadata at raised limits, as the class ones are in {@link WatchRun#SHORT_RUN_CLASS_THRESHOLDS}
 * (the code cache grew 222 and 297 MiB/h in two clean runs of 2026-12-01, the JIT still compiling
 * the warmed shop's paths; it is bounded by its own 240 MiB reservation). The heap at 512 MiB/h:
 * the leak keeps about 1 KiB of heap per 90 KiB of zlib state, and on a quiet machine it ran at
 * 11.3 GiB/h with the heap growing 130-131 MiB/h (two runs, 2026-12-01), over the 128 MiB/h this
 * test judged it at before; how small the heap's share is gets asserted on its own (under 5 %).
 */
@Execution(ExecutionMode.CONCURRENT)
class NativeMemoryIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(240);
  private static final long TRAFFIC_LIMIT_MS = 360_000;
  private static final List<String> NMT_ON =
      List.of("-Xms256m", "-XX:+AlwaysPreTouch", "-XX:NativeMemoryTracking=summary");
  private static final List<String> NMT_OFF = List.of("-Xms256m", "-XX:+AlwaysPreTouch");
  private static final int WARMING_JOURNEYS = 300;
  private static final boolean WITH_JFR = true;
  private static final boolean WITHOUT_JFR = false;
  private static final long WARMING_LIMIT_MS = 120_000;
  private static final String[] SHORT_RUN_THRESHOLDS = {
    "--threshold", "heap.live=512MiB",
    "--threshold", "metaspace.used=128MiB",
    "--threshold", "classes.loaded=5000",
    "--threshold", "rss.native=2GiB",
    "--threshold", "nmt.code.committed=1GiB",
    "--threshold", "nmt.metaspace.committed=128MiB",
    "--threshold", "nmt.class.committed=128MiB"
  };

  @Test
  void unclosedGzipFailsOnRssWhileNoNmtCategoryAndHardlyTheHeapGrows() throws Exception {
    Path out = WatchRun.outDir("native-unclosed-gzip");
    AnalyzerProcess.Result result;
    // About 5 receipts/s, 8 open streams each, some 90 KiB of zlib state apiece: gigabytes an hour.
    // 8, not 4: JFR samples the streams' few heap objects rarely, and at 4 a clean-clone run kept
    // 3 samples of the leak's path (13 in another, 1 on an overloaded machine, where the suspect
    // then had no trace); at 8 a local run kept 56. The heap stays far under its limit: the
    // traffic loop's 100 ms pause bounds it to some 10 receipts/s, 80 KiB/s of streams.
    try (ShopJvm shop = TestShop.start(NMT_ON, "--leak", "unclosed-gzip", "--leak-amplify", "8");
        BackgroundTraffic traffic =
            BackgroundTraffic.start(shop, TRAFFIC_LIMIT_MS, t -> t.placeOrders(1))) {
      result = watch(shop, out, WITH_JFR);
    }
    JsonNode verdict = WatchRun.verdict(out);
    String why = result.stdout() + result.stderr();
    assertThat(result.exitCode()).as(why).isEqualTo(1);
    assertThat(WatchRun.failing(verdict)).as(why).contains("rss.native").doesNotContain("rss");
    // Named by what holds the zlib state: the deflaters, kept by the archive's map of open streams.
    JsonNode top = verdict.path("diagnosis").path("suspects").path(0);
    assertThat(top.path("kind").asText()).as(why).isEqualTo("NATIVE_HOLDER");
    assertThat(top.path("name").asText()).isEqualTo("java.util.zip.Deflater");
    assertThat(top.path("resource").asText()).isEqualTo("rss.native");
    assertThat(top.path("trace").path("accumulationPoint").asText())
        .as(why)
        .contains("ReceiptArchive.openStreamsByKey");
    assertThat(top.path("applicationFrame").asText())
        .as(why)
        .isEqualTo("dev.leakhunt.shop.leaks.ReceiptArchive.archive:" + lineOpeningTheKeptStream());
    assertThat(verdict.path("reason").asText())
        .contains("Top suspects: java.util.zip.Deflater +")
        .contains("held by ReceiptArchive.openStreamsByKey");
    assertThat(WatchRun.failing(verdict))
        .as("zlib mallocs are invisible to NMT: " + why)
        .noneMatch(r -> r.startsWith("nmt."))
        .doesNotContain("heap.live");
    JsonNode rss = WatchRun.resource(verdict, "rss.native");
    assertThat(rss.path("reason").asText())
        .contains("no NMT category grows beyond its limit")
        .contains("zlib behind an Inflater, Deflater or GZIP stream");
    // Not a heap leak: the heap holds about 1 KiB per stream against some 90 KiB outside it.
    double heapSlope = WatchRun.resource(verdict, "heap.live").path("slopePerHour").asDouble();
    assertThat(heapSlope).as(why).isLessThan(0.05 * rss.path("slopePerHour").asDouble());
    assertThat(verdict.path("reason").asText()).doesNotContain("note:");
  }

  @Test
  void cleanShopWithNmtPassesRssAndEveryNmtCategory() throws Exception {
    Path out = WatchRun.outDir("native-clean");
    AnalyzerProcess.Result result;
    try (ShopJvm shop = TestShop.start(NMT_ON);
        BackgroundTraffic traffic =
            BackgroundTraffic.start(shop, TRAFFIC_LIMIT_MS, t -> t.placeOrders(1))) {
      result = watch(shop, out, WITH_JFR); // the leak case's setup
    }
    JsonNode verdict = WatchRun.verdict(out);
    String why = result.stdout() + result.stderr();
    List<String> nativeVerdicts = new ArrayList<>();
    for (JsonNode resource : verdict.path("resources")) {
      String id = resource.path("resource").asText();
      if (id.startsWith("rss") || id.startsWith("nmt.")) {
        nativeVerdicts.add(id + "=" + resource.path("outcome").asText());
      }
    }
    assertThat(nativeVerdicts)
        .as(why)
        .contains("rss.native=PASS", "nmt.other.committed=PASS", "nmt.internal.committed=PASS")
        .hasSizeGreaterThan(10)
        .allMatch(v -> v.endsWith("=PASS"));
    assertThat(verdict.path("reason").asText()).doesNotContain("note:");
    // The C heap was trimmed before every rss read: the command is there on this JDK and glibc.
    assertThat(Files.readString(out.resolve(RunFiles.SAMPLES_CSV)))
        .contains(",rss.native,")
        .doesNotContain(ProcessMemoryRows.NATIVE_TRIM_UNAVAILABLE_EVENT);
  }

  @Test
  void targetWithoutNmtIsJudgedOnTheRestWithANoteOnHowToTurnItOn() throws Exception {
    Path out = WatchRun.outDir("native-nmt-off");
    AnalyzerProcess.Result result;
    try (ShopJvm shop = TestShop.start(NMT_OFF);
        BackgroundTraffic traffic =
            BackgroundTraffic.start(shop, TRAFFIC_LIMIT_MS, t -> t.placeOrders(1))) {
      result = watch(shop, out, WITHOUT_JFR);
    }
    JsonNode verdict = WatchRun.verdict(out);
    String why = result.stdout() + result.stderr();
    assertThat(result.exitCode()).as(why).isIn(0, 1, 3);
    assertThat(WatchRun.resource(verdict, "rss.native").path("outcome").asText())
        .as(why)
        .isEqualTo("PASS");
    assertThat(WatchRun.rows(out, "nmt.other.committed")).isZero();
    assertThat(verdict.path("reason").asText())
        .endsWith(
            "note: native memory not judged by category: the target runs without Native Memory"
                + " Tracking; start it with -XX:NativeMemoryTracking=summary to judge Other,"
                + " Internal, Thread, Code and the other NMT categories each.");
    assertThat(result.stdout()).contains("-XX:NativeMemoryTracking=summary");
  }

  /** The line of the shop's source where the leaky branch opens the stream it keeps. */
  private static int lineOpeningTheKeptStream() throws IOException {
    List<String> lines =
        Files.readAllLines(
            Path.of("../target-app/src/main/java/dev/leakhunt/shop/leaks/ReceiptArchive.java"));
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("GZIPOutputStream gzip = new GZIPOutputStream(compressed);")) {
        found = i + 1;
      }
    }
    assertThat(found).as("the leaky branch's stream in ReceiptArchive.java").isPositive();
    return found;
  }

  /**
   * Places orders four at a time until {@value #WARMING_JOURNEYS} journeys ran or two minutes
   * passed. On a loaded machine a cart may expire (2 s idle) before its checkout: that journey is
   * lost, the warming goes on.
   */
  private static void warm(ShopJvm shop) {
    ShopTraffic traffic = new ShopTraffic(shop.baseUrl());
    long deadlineMs = System.currentTimeMillis() + WARMING_LIMIT_MS;
    for (int journeys = 0;
        journeys < WARMING_JOURNEYS && System.currentTimeMillis() < deadlineMs;
        journeys += 4) {
      try {
        traffic.placeOrders(4);
      } catch (Exception e) {
        // One expired cart; the next batch goes on.
      }
    }
  }

  /**
   * Serves {@value #WARMING_JOURNEYS} order journeys first, then watches the shop for 90 s: 20 s
   * warm-up, 1 s samples, a live-set probe every 2 s.
   */
  private static AnalyzerProcess.Result watch(ShopJvm shop, Path out, boolean jfr)
      throws Exception {
    warm(shop);
    List<String> args =
        new ArrayList<>(
            List.of(
                "watch",
                "--jmx",
                shop.jmxAddress(),
                "--duration",
                "90s",
                "--warmup",
                "20s",
                "--interval",
                "1s",
                "--live-probe",
                "2s",
                "--out",
                out.toString()));
    if (!jfr) {
      args.add("--no-jfr");
    }
    args.addAll(List.of(SHORT_RUN_THRESHOLDS));
    return AnalyzerProcess.run(out, TIMEOUT, args.toArray(String[]::new));
  }
}
