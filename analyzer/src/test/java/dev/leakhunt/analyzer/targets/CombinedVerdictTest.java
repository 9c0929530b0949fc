package dev.leakhunt.analyzer.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakhunt.analyzer.report.TargetsHtmlWriter;
import dev.leakhunt.analyzer.report.TargetsJunitWriter;
import dev.leakhunt.analyzer.verdict.FixtureVerdicts;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.contract.run.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CombinedVerdictTest {
  private static TargetVerdict target(String name, Outcome outcome, String reason) {
    return new TargetVerdict(
        name,
        "127.0.0.1:" + name.length(),
        "targets/" + name,
        outcome,
        reason,
        outcome == Outcome.FAIL ? List.of("heap.live") : List.of(),
        outcome == Outcome.FAIL ? List.of("dev.leakhunt.shop.cart.Cart") : List.of(),
        null,
        null,
        List.of(new TargetVerdict.Resource("heap.live", outcome, reason, null)));
  }

  @Test
  void theWorstOutcomeWinsAndTheReasonNamesTheFailingTargetFirst() {
    CombinedVerdict verdict =
        CombinedVerdict.of(
            List.of(
                target("shop-1", Outcome.PASS, "no leak"),
                target("shop-2", Outcome.INCONCLUSIVE, "too short"),
                target("shop-3", Outcome.FAIL, "leak: heap.live grows 1 GiB/h; still rising")),
            1L,
            2L);

    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(verdict.reason())
        .isEqualTo(
            "shop-3 FAIL: leak: heap.live grows 1 GiB/h; still rising | shop-2 INCONCLUSIVE: too"
                + " short | PASS: shop-1");
  }

  @Test
  void inconclusiveBeatsPassAndAllPassingSaysSo() {
    assertThat(
            CombinedVerdict.of(
                    List.of(
                        target("a", Outcome.PASS, "ok"),
                        target("b", Outcome.INCONCLUSIVE, "short")),
                    1L,
                    2L)
                .outcome())
        .isEqualTo(Outcome.INCONCLUSIVE);
    CombinedVerdict pass =
        CombinedVerdict.of(
            List.of(target("a", Outcome.PASS, "ok"), target("b", Outcome.PASS, "ok")), 1L, 2L);
    assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
    assertThat(pass.reason()).isEqualTo("all 2 targets PASS: a, b");
    assertThat(CombinedVerdict.worse(Outcome.FAIL, Outcome.INCONCLUSIVE)).isEqualTo(Outcome.FAIL);
    assertThat(CombinedVerdict.worse(Outcome.PASS, Outcome.INCONCLUSIVE))
        .isEqualTo(Outcome.INCONCLUSIVE);
  }

  @Test
  void aTargetLineCarriesItsFailingResourcesDeathAndEarlyStop() {
    RunVerdict failing = FixtureVerdicts.failingRun();
    TargetVerdict line = TargetVerdict.of("shop-2", "targets/shop-2", failing, null);

    assertThat(line.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(line.failingResources()).containsExactly("heap.live");
    assertThat(line.connection()).isEqualTo("127.0.0.1:9010");
    assertThat(line.death()).isNull();
    assertThat(line.topSuspect()).isNull();
    assertThat(line.resources()).hasSize(3);
  }

  @Test
  void jsonKeepsTheFieldsAOneTargetReaderLooksAtAndRoundTrips(@TempDir Path dir) throws Exception {
    RunVerdict run = FixtureVerdicts.failingRun();
    CombinedVerdict verdict =
        CombinedVerdict.of(
            List.of(
                TargetVerdict.of("shop-1", "targets/shop-1", run, null),
                target("shop-2", Outcome.PASS, "no leak")),
            run.run().startMs(),
            run.run().endMs());
    Path file = dir.resolve("verdict.json");
    new CombinedVerdictJson().write(verdict, run.run(), "command.log", file);

    JsonNode root = new ObjectMapper().readTree(file.toFile());
    assertThat(CombinedVerdictJson.isCombined(file)).isTrue();
    assertThat(root.path("formatVersion").asInt()).isEqualTo(2);
    assertThat(root.path("outcome").asText()).isEqualTo("FAIL");
    assertThat(root.path("reason").asText()).startsWith("shop-1 FAIL: leak: heap.live grows");
    assertThat(root.path("run").path("commandLog").asText()).isEqualTo("command.log");
    assertThat(root.path("run").path("commandExitCode").asInt()).isZero();
    assertThat(root.path("run").path("targetCount").asInt()).isEqualTo(2);
    assertThat(root.path("resources").get(0).path("resource").asText())
        .isEqualTo("shop-1/heap.live");
    assertThat(root.path("resources").get(0).path("outcome").asText()).isEqualTo("FAIL");
    assertThat(root.path("targets").get(0).path("failingResources").get(0).asText())
        .isEqualTo("heap.live");
    assertThat(root.path("targets").get(1).path("folder").asText()).isEqualTo("targets/shop-2");

    CombinedVerdict read = new CombinedVerdictJson().read(file);
    assertThat(read).isEqualTo(verdict);
  }

  @Test
  void junitHasOneSuitePerTargetAndTheHtmlOneRowPerTargetWithoutInlineStyle(@TempDir Path dir)
      throws Exception {
    CombinedVerdict verdict =
        CombinedVerdict.of(
            List.of(
                target("shop-1", Outcome.PASS, "no leak"),
                target("shop-2", Outcome.FAIL, "leak: heap.live <grows>")),
            1_000L,
            61_000L);
    new TargetsJunitWriter().write(verdict, dir.resolve("junit.xml"));
    new TargetsHtmlWriter().write(verdict, dir.resolve("report.html"));

    String junit = Files.readString(dir.resolve("junit.xml"));
    assertThat(junit)
        .contains("<testsuite name=\"shop-1\" tests=\"2\" failures=\"0\"")
        .contains("<testsuite name=\"shop-2\" tests=\"2\" failures=\"1\"")
        .contains("classname=\"leakhunt.shop-2\" name=\"shop-2/heap.live\"")
        .contains("name=\"shop-1/target\"");
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .contains("<a href=\"targets/shop-2/report.html\">")
        .contains("dev.leakhunt.shop.cart.Cart")
        .contains("leak: heap.live &lt;grows&gt;")
        .contains("2 targets, 1 fails")
        .doesNotContain("style=")
        .doesNotContain("<style")
        .doesNotContain("<script");
    assertThat(dir.resolve("report.css")).isNotEmptyFile();
  }

  @Test
  void aTargetThatPassesWhileGrowingIsShownAsAWarningNotAPlainPass(@TempDir Path dir)
      throws Exception {
    TargetVerdict growing =
        new TargetVerdict(
            "shop-1",
            "127.0.0.1:1",
            "targets/shop-1",
            Outcome.PASS,
            "no resource grows beyond its threshold; warning: heap.live grows 9.99 MiB/h",
            List.of(),
            List.of(),
            null,
            null,
            List.of(
                new TargetVerdict.Resource(
                    "heap.live", Outcome.PASS, "grows", "heap.live grows 9.99 MiB/h")));
    CombinedVerdict verdict =
        CombinedVerdict.of(
            List.of(growing, target("shop-2", Outcome.PASS, "flat")), 1_000L, 61_000L);

    new TargetsHtmlWriter().write(verdict, dir.resolve("report.html"));

    assertThat(growing.passesWithWarnings()).isTrue();
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).containsOnlyOnce("<span class=\"badge warn\">PASS, GROWS</span>");
    assertThat(html).contains("<span class=\"badge pass\">PASS</span>");
  }
}
