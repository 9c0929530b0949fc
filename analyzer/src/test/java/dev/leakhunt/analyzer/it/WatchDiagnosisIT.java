package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.parse.ApplicationCode;
import dev.leakhunt.analyzer.diagnosis.parse.OldObjectSampleReader;
import dev.leakhunt.analyzer.diagnosis.rank.SampleTriage;
import dev.leakhunt.analyzer.sampler.diagnosis.TestShop;
import dev.leakhunt.testkit.ShopJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * {@code watch} end to end against the real shop: the verdict names what leaks and where, in
 * stdout, verdict.json and report.html, with the JFR recording kept and readable, and the heap dump
 * written when asked.
 */
// The judge needs a 60 s window after warm-up (80 s here, for margin on a loaded machine); the two
// runs mostly wait, so they run side by side.
@Execution(ExecutionMode.CONCURRENT)
class WatchDiagnosisIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(170);
  private static final long TRAFFIC_LIMIT_MS = 120_000;

  @Test
  void abandonedCartsFailNamingCartWithShopFrameJfrAndHeapDump() throws Exception {
    Path out = WatchRun.outDir("diagnosis-abandoned-carts");
    AnalyzerProcess.Result result;
    int failedJourneys;
    // 4 KiB per abandoned cart, about 50 carts/s: some 0.7 GiB/h, far above any limit, yet slow
    // enough that the 256 MiB heap stays small and the probes' full GCs quick on a loaded machine.
    try (ShopJvm shop = TestShop.start("--leak", "abandoned-carts", "--leak-amplify", "4");
        BackgroundTraffic traffic =
            BackgroundTraffic.start(shop, TRAFFIC_LIMIT_MS, t -> t.abandonCarts(6))) {
      result = watch(shop, out, "--heap-dump-on-leak");
      failedJourneys = traffic.failedJourneys();
    }
    String why =
        result.stdout()
            + result.stderr()
            + "; failed journeys: "
            + failedJourneys
            + "; heap.live: "
            + WatchRun.resource(WatchRun.verdict(out), "heap.live").path("reason").asText();
    assertThat(result.exitCode()).as(why).isEqualTo(1);
    assertThat(result.stdout())
        .as(why)
        .contains("VERDICT FAIL: ")
        .contains("Top suspects: dev.leakhunt.shop.cart.Cart +");

    JsonNode diagnosis =
        new ObjectMapper().readTree(out.resolve("verdict.json").toFile()).path("diagnosis");
    JsonNode cart = diagnosis.path("suspects").get(0);
    assertThat(cart.path("name").asText()).isEqualTo("dev.leakhunt.shop.cart.Cart");
    assertThat(cart.path("growthPerHour").asDouble()).isPositive();
    assertThat(cart.path("applicationFrame").asText()).startsWith("dev.leakhunt.shop.");
    // JFR samples the Cart or its guest session byte[]: either path runs through the cart store.
    assertThat(cart.path("referencePath").asText())
        .contains("Cart")
        .contains("CartStore.cartsById");
    assertThat(diagnosis.path("histograms")).hasSize(2);
    assertThat(diagnosis.path("notes")).isEmpty();

    // The listed groups are those that can hold a leak (not a running thread's stack, not the
    // watcher's own objects).
    List<OldObjectGroup> groups =
        SampleTriage.candidates(
            OldObjectSampleReader.read(out.resolve("old-objects.jfr"), ApplicationCode.UNKNOWN));
    assertThat(groups.get(0).referencePath()).contains("CartStore.cartsById");
    assertThat(diagnosis.path("oldObjectGroups").get(0).path("sampleCount").asInt())
        .isEqualTo(groups.get(0).sampleCount());

    Path heapDump = Path.of(diagnosis.path("heapDumpPath").asText());
    assertThat(heapDump.getFileName().toString()).endsWith(".hprof");
    assertThat(heapDump).isNotEmptyFile();
    Files.delete(heapDump); // tens of MB: not worth keeping in the test's folder

    String html = Files.readString(out.resolve("report.html"));
    assertThat(html)
        .contains("<h2>What leaks</h2>")
        .contains("<b>dev.leakhunt.shop.cart.Cart</b>")
        // The sampled object's stack: a Cart made in the store, or its guest session in the Cart
        // (a clean-clone run sampled the former, the others the latter); both are the leak's code.
        .containsPattern(
            "<pre class=\"stack\">dev\\.leakhunt\\.shop\\.cart\\."
                + "(Cart\\.&lt;init&gt;|CartStore\\.create:)");

    // report DIR judges the samples again; the diagnosis cannot be taken again, so it is kept.
    AnalyzerProcess.Result again =
        AnalyzerProcess.run(out.resolve("report-run"), TIMEOUT, "report", out.toString());
    assertThat(again.exitCode()).as(again.stderr()).isEqualTo(1);
    assertThat(again.stdout()).contains("Top suspects: dev.leakhunt.shop.cart.Cart +");
    assertThat(
            new ObjectMapper()
                .readTree(out.resolve("verdict.json").toFile())
                .path("diagnosis")
                .path("suspects")
                .get(0)
                .path("name")
                .asText())
        .isEqualTo("dev.leakhunt.shop.cart.Cart");
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("<b>dev.leakhunt.shop.cart.Cart</b>");
  }

  @Test
  void recentlyViewedStuckThreadsAndClassPerRequestAreEachJudgedAndNamed() throws Exception {
    Path out = WatchRun.outDir("diagnosis-three-leaks");
    AnalyzerProcess.Result result;
    AtomicInteger journeys = new AtomicInteger();
    // Every journey views 4 products (16 leaked entries each); every 30th (about every 3 s) also
    // places an order, which starts 16 stuck threads and defines 16 template classes.
    try (ShopJvm shop =
            TestShop.start(
                "--leak",
                "recently-viewed,stuck-threads,class-per-request",
                "--leak-amplify",
                "16");
        BackgroundTraffic traffic =
            BackgroundTraffic.start(
                shop,
                TRAFFIC_LIMIT_MS,
                t -> {
                  t.viewProducts(4);
                  if (journeys.incrementAndGet() % 30 == 0) {
                    t.placeOrders(1);
                  }
                })) {
      result = watch(shop, out);
    }
    String why = result.stdout() + result.stderr();
    assertThat(result.exitCode()).as(why).isEqualTo(1);
    JsonNode verdict = new ObjectMapper().readTree(out.resolve("verdict.json").toFile());
    assertThat(WatchRun.failing(verdict))
        .as(why)
        .contains("heap.live", "threads.live")
        .containsAnyOf("metaspace.used", "classes.loaded");

    JsonNode suspects = verdict.path("diagnosis").path("suspects");
    List<JsonNode> heapTop3 = ofKind(suspects, "HEAP_CLASS").stream().limit(3).toList();
    JsonNode entry = named(heapTop3, "dev.leakhunt.shop.leaks.RecentlyViewedEntry");
    assertThat(entry.path("applicationFrame").asText()).startsWith("dev.leakhunt.shop.");
    JsonNode threads = ofKind(suspects, "THREAD_GROUP").get(0);
    assertThat(threads.path("name").asText()).isEqualTo("order-confirmation-#");
    assertThat(threads.path("applicationFrame").asText())
        .startsWith("dev.leakhunt.shop.leaks.OrderConfirmationSender.");
    assertThat(threads.path("stack")).isNotEmpty();
    JsonNode loader = ofKind(suspects, "CLASS_LOADER").get(0);
    assertThat(loader.path("name").asText())
        .isEqualTo("dev.leakhunt.shop.leaks.TemplateClassLoader");

    String html = Files.readString(out.resolve("report.html"));
    assertThat(html)
        .contains("<b>dev.leakhunt.shop.leaks.RecentlyViewedEntry</b>")
        .contains("<b>order-confirmation-#</b>")
        .contains("<b>dev.leakhunt.shop.leaks.TemplateClassLoader</b>")
        .containsPattern(
            "<pre class=\"stack\">[^<]*dev\\.leakhunt\\.shop\\.leaks\\.OrderConfirmationSender");
  }

  private static List<JsonNode> ofKind(JsonNode suspects, String kind) {
    List<JsonNode> found = new ArrayList<>();
    suspects.forEach(
        s -> {
          if (s.path("kind").asText().equals(kind)) {
            found.add(s);
          }
        });
    assertThat(found).as("%s suspects in %s", kind, suspects).isNotEmpty();
    return found;
  }

  private static JsonNode named(List<JsonNode> suspects, String name) {
    return suspects.stream()
        .filter(s -> s.path("name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not among " + suspects));
  }

  @Test
  void cleanShopNamesNoSuspectAndSaysJfrWasOff() throws Exception {
    Path out = WatchRun.outDir("diagnosis-clean");
    AnalyzerProcess.Result result;
    try (ShopJvm shop = TestShop.start();
        BackgroundTraffic traffic =
            BackgroundTraffic.start(
                shop,
                TRAFFIC_LIMIT_MS,
                t -> {
                  t.viewProducts(20);
                  t.placeOrders(2);
                  t.abandonCarts(4);
                })) {
      List<String> args = new ArrayList<>(List.of("--no-jfr"));
      args.addAll(List.of(WatchRun.SHORT_RUN_SHOP_THRESHOLDS));
      result = watch(shop, out, args.toArray(String[]::new));
    }
    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isEqualTo(0);
    assertThat(result.stdout()).contains("VERDICT ").doesNotContain("Top suspects");
    JsonNode diagnosis =
        new ObjectMapper().readTree(out.resolve("verdict.json").toFile()).path("diagnosis");
    assertThat(diagnosis.path("suspects")).isEmpty();
    assertThat(diagnosis.path("histograms")).hasSize(2);
    assertThat(diagnosis.path("notes").get(0).asText())
        .isEqualTo("JFR old-object sampling was turned off (--no-jfr)");
    assertThat(out.resolve("old-objects.jfr")).doesNotExist();
    assertThat(Files.readString(out.resolve("report.html"))).contains("No suspect named");
  }

  /**
   * Watches the shop for 90 s (10 s warm-up, 1 s samples, a live-set probe every 2 s): a window
   * with margin over the judge's 60 s minimum on a loaded machine. The judge cuts a window into at
   * most 30 buckets, here of 2.7 s: a probe every 3 s left some empty, and with 24-26 buckets of a
   * shop's bursty live set the autocorrelation-corrected trend test gave p = 1.2e-6 and 4.7e-5 for
   * the same 0.85 GiB/h leak, close to its 1e-4 level; two loaded CI runs left heap.live unflagged.
   */
  private AnalyzerProcess.Result watch(ShopJvm shop, Path out, String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "watch",
                "--jmx",
                shop.jmxAddress(),
                "--duration",
                "90s",
                "--warmup",
                "10s",
                "--interval",
                "1s",
                "--live-probe",
                "2s",
                "--out",
                out.toString()));
    args.addAll(List.of(extra));
    return AnalyzerProcess.run(out, TIMEOUT, args.toArray(String[]::new));
  }
}
