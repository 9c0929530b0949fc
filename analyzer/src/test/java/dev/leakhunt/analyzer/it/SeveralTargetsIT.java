package dev.leakhunt.analyzer.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakhunt.analyzer.it.programs.ChurningProgram;
import dev.leakhunt.analyzer.sampler.diagnosis.TestShop;
import dev.leakhunt.testkit.ShopJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * One {@code watch} of several real JVMs on loopback: three shops, one of them leaking, fail the
 * run naming that shop only; three clean shops pass; a target killed mid-run is judged dead while
 * the other is sampled to the end.
 */
// Three shops, their traffic and the analyzer already load two cores: the cases run one at a time.
@Execution(ExecutionMode.SAME_THREAD)
class SeveralTargetsIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(200);
  private static final long TRAFFIC_LIMIT_MS = 150_000;

  @Test
  void oneLeakingShopOfThreeFailsTheRunNamingThatShopOnly() throws Exception {
    Path out = WatchRun.outDir("targets-one-leaking");
    AnalyzerProcess.Result result;
    // 4 KiB per abandoned cart at some 50 carts/s on the leaking shop, as in WatchDiagnosisIT.
    try (ShopJvm one = TestShop.start();
        ShopJvm two = TestShop.start("--leak", "abandoned-carts", "--leak-amplify", "4");
        ShopJvm three = TestShop.start();
        BackgroundTraffic cleanOne = BackgroundTraffic.start(one, TRAFFIC_LIMIT_MS, SHOPPING);
        BackgroundTraffic leaking =
            BackgroundTraffic.start(two, TRAFFIC_LIMIT_MS, t -> t.abandonCarts(6));
        BackgroundTraffic cleanThree = BackgroundTraffic.start(three, TRAFFIC_LIMIT_MS, SHOPPING)) {
      result = watch(out, one, two, three);
    }
    String why = result.stdout() + result.stderr();
    assertThat(result.exitCode()).as(why).isEqualTo(1);
    assertThat(result.stdout()).as(why).contains("VERDICT FAIL: shop-2 FAIL: leak: ");
    assertThat(result.stdout()).doesNotContain("shop-1 FAIL").doesNotContain("shop-3 FAIL");

    JsonNode combined = WatchRun.verdict(out);
    assertThat(combined.path("outcome").asText()).isEqualTo("FAIL");
    JsonNode leaky = target(combined, "shop-2");
    assertThat(leaky.path("outcome").asText()).isEqualTo("FAIL");
    assertThat(leaky.path("failingResources").toString()).contains("heap.live");
    // Diagnosed: the failing shop's own verdict names the leaking class.
    assertThat(leaky.path("suspects").get(0).asText())
        .as(why)
        .isEqualTo("dev.leakhunt.shop.cart.Cart");
    assertThat(out.resolve("targets/shop-2/old-objects.jfr")).isNotEmptyFile();
    for (String clean : List.of("shop-1", "shop-3")) {
      JsonNode line = target(combined, clean);
      // A clean shop may be INCONCLUSIVE on so short a window, never FAIL.
      assertThat(line.path("outcome").asText()).as(why).isIn("PASS", "INCONCLUSIVE");
      assertThat(line.path("failingResources")).isEmpty();
      // Not diagnosed: its recording was discarded, not saved.
      assertThat(out.resolve("targets/" + clean + "/old-objects.jfr")).doesNotExist();
    }
    assertThat(WatchRun.failing(combined)).containsExactly("shop-2/heap.live");
    assertOneSchedule(out, "shop-1", "shop-2", "shop-3");

    assertThat(Files.readString(out.resolve("junit.xml")))
        .contains("<testsuite name=\"shop-2\"")
        .contains("name=\"shop-2/heap.live\" time=\"0\"><failure type=\"Leak\"");
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("<a href=\"targets/shop-2/report.html\">")
        .contains("dev.leakhunt.shop.cart.Cart");

    // Each target's folder is a complete run folder of its own.
    AnalyzerProcess.Result again =
        AnalyzerProcess.run(
            out.resolve("report-run"), TIMEOUT, "report", out.resolve("targets/shop-2").toString());
    assertThat(again.exitCode()).as(again.stderr()).isEqualTo(1);
    assertThat(again.stdout()).contains("Top suspects: dev.leakhunt.shop.cart.Cart +");
  }

  @Test
  void threeCleanShopsPass() throws Exception {
    Path out = WatchRun.outDir("targets-clean");
    AnalyzerProcess.Result result;
    try (ShopJvm one = TestShop.start();
        ShopJvm two = TestShop.start();
        ShopJvm three = TestShop.start();
        BackgroundTraffic t1 = BackgroundTraffic.start(one, TRAFFIC_LIMIT_MS, SHOPPING);
        BackgroundTraffic t2 = BackgroundTraffic.start(two, TRAFFIC_LIMIT_MS, SHOPPING);
        BackgroundTraffic t3 = BackgroundTraffic.start(three, TRAFFIC_LIMIT_MS, SHOPPING)) {
      result = watch(out, one, two, three);
    }
    String why = result.stdout() + result.stderr();
    JsonNode combined = WatchRun.verdict(out);
    assertThat(WatchRun.failing(combined)).as(why).isEmpty();
    assertThat(result.exitCode()).as(why).isZero();
    assertThat(combined.path("outcome").asText()).isEqualTo("PASS");
    assertThat(result.stdout())
        .contains("VERDICT PASS: all 3 targets PASS: shop-1, shop-2, shop-3");
    for (String name : List.of("shop-1", "shop-2", "shop-3")) {
      assertThat(target(combined, name).path("outcome").asText()).isEqualTo("PASS");
    }
  }

  @Test
  void aKilledTargetIsJudgedDeadWhileTheOtherIsSampledToTheEnd() throws Exception {
    Path out = WatchRun.outDir("targets-one-killed");
    try (TargetJvm survivor = TargetJvm.start(ChurningProgram.class, 150);
        TargetJvm doomed = TargetJvm.start(ChurningProgram.class, 150)) {
      AnalyzerProcess analyzer =
          AnalyzerProcess.start(
              out,
              WatchRun.args(
                  out,
                  "--jmx",
                  "survivor=" + survivor.jmxAddress(),
                  "--jmx",
                  "doomed=" + doomed.jmxAddress(),
                  "--duration",
                  "45s"));
      WatchRun.awaitRows(out.resolve("targets/doomed"), "heap.live", 2, Duration.ofSeconds(90));
      long killedAtMs = System.currentTimeMillis();
      doomed.kill();
      AnalyzerProcess.Result result = analyzer.await(Duration.ofSeconds(120));

      String why = result.stdout() + result.stderr();
      assertThat(result.exitCode()).as(why).isEqualTo(1);
      assertThat(result.stdout()).as(why).contains("VERDICT FAIL: doomed FAIL: target died at");
      JsonNode combined = WatchRun.verdict(out);
      assertThat(target(combined, "doomed").path("death").asText()).contains("connection refused");
      JsonNode survived = target(combined, "survivor");
      assertThat(survived.path("outcome").asText()).isNotEqualTo("FAIL");
      assertThat(survived.path("death").isNull()).isTrue();
      // The survivor went on being sampled well past the other's death, to the window's end.
      JsonNode survivorRun = WatchRun.verdict(out.resolve("targets/survivor")).path("run");
      long lastSurvivorSampleMs = lastTimestamp(out.resolve("targets/survivor"), "heap.used");
      assertThat(lastSurvivorSampleMs).as(why).isGreaterThan(killedAtMs + 10_000);
      assertThat(survivorRun.path("endMs").asLong() - survivorRun.path("startMs").asLong())
          .isGreaterThanOrEqualTo(45_000L);
      assertThat(Files.readString(out.resolve("junit.xml")))
          .contains("name=\"doomed/target\" time=\"0\"><failure type=\"TargetDied\"");
    }
  }

  /** Every target's run started at the same instant, with the same interval: one schedule. */
  private static void assertOneSchedule(Path out, String... names) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<Long> starts = new ArrayList<>();
    for (String name : names) {
      Path folder = out.resolve("targets").resolve(name);
      for (String file : WatchRun.COMPLETE_FOLDER) {
        assertThat(folder.resolve(file)).isNotEmptyFile();
      }
      JsonNode run = mapper.readTree(folder.resolve("run.json").toFile());
      starts.add(run.path("startMs").asLong());
      assertThat(run.path("intervalMs").asLong()).isEqualTo(1_000L);
    }
    assertThat(starts).containsOnly(starts.get(0));
  }

  private static JsonNode target(JsonNode combined, String name) {
    for (JsonNode target : combined.path("targets")) {
      if (target.path("name").asText().equals(name)) {
        return target;
      }
    }
    throw new AssertionError(name + " is not among " + combined.path("targets"));
  }

  private static long lastTimestamp(Path folder, String resource) throws Exception {
    try (var lines = Files.lines(folder.resolve("samples.csv"))) {
      return lines
          .filter(line -> line.contains("," + resource + ","))
          .mapToLong(line -> Long.parseLong(line.substring(0, line.indexOf(','))))
          .max()
          .orElse(0);
    }
  }

  private static final BackgroundTraffic.Journey SHOPPING =
      t -> {
        t.viewProducts(20);
        t.placeOrders(2);
        t.abandonCarts(4);
      };

  /**
   * Watches the shops as WatchDiagnosisIT watches one: 90 s, 10 s warm-up, 1 s samples, a live-set
   * probe every 2 s, named shop-1, shop-2, shop-3.
   */
  private static AnalyzerProcess.Result watch(Path out, ShopJvm... shops) throws Exception {
    List<String> args = new ArrayList<>(List.of("watch"));
    for (int i = 0; i < shops.length; i++) {
      args.addAll(List.of("--jmx", "shop-" + (i + 1) + "=" + shops[i].jmxAddress()));
    }
    args.addAll(
        List.of(
            "--duration", "90s",
            "--warmup", "10s",
            "--interval", "1s",
            "--live-probe", "2s",
            "--progress", "30s",
            "--out", out.toString()));
    args.addAll(List.of(WatchRun.SHORT_RUN_SHOP_THRESHOLDS));
    return AnalyzerProcess.run(out, TIMEOUT, args.toArray(String[]::new));
  }
}
