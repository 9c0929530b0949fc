package dev.leakhunt.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakhunt.analyzer.compare.RegressionRules;
import dev.leakhunt.analyzer.evidence.EvidenceFixtures;
import dev.leakhunt.analyzer.evidence.UnreadableRunException;
import dev.leakhunt.analyzer.run.BaselineComparison;
import dev.leakhunt.analyzer.targets.CombinedVerdict;
import dev.leakhunt.analyzer.targets.CombinedVerdictJson;
import dev.leakhunt.analyzer.targets.TargetVerdict;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.analyzer.verdict.RunVerdictJson;
import dev.leakhunt.contract.run.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} and {@code history} over run folders of several targets: target by target,
 * matched by name, naming the target that regressed; a folder of one target against one of several
 * is a one-line error.
 */
class SeveralTargetsComparisonTest {
  @TempDir Path dir;

  private static RunVerdict clean(String version, long startMs) {
    return EvidenceFixtures.run(version, startMs, 0.5, -1, 2, 1_000).verdict();
  }

  private static RunVerdict leaking(String version, long startMs) {
    return EvidenceFixtures.run(version, startMs, 300, 280, 320, 1_000).verdict();
  }

  /** A watch folder of several targets: the combined verdict and one folder per target. */
  private Path severalTargets(String folder, Map<String, RunVerdict> targets) throws Exception {
    Path root = dir.resolve(folder);
    List<TargetVerdict> lines = new ArrayList<>();
    RunVerdict first = null;
    for (Map.Entry<String, RunVerdict> target : targets.entrySet()) {
      Path targetDir = root.resolve("targets").resolve(target.getKey());
      Files.createDirectories(targetDir);
      new RunVerdictJson().write(target.getValue(), targetDir.resolve("verdict.json"));
      lines.add(
          TargetVerdict.of(target.getKey(), "targets/" + target.getKey(), target.getValue(), null));
      first = first == null ? target.getValue() : first;
    }
    CombinedVerdict combined =
        CombinedVerdict.of(lines, first.run().startMs(), first.run().endMs());
    new CombinedVerdictJson().write(combined, first.run(), null, root.resolve("verdict.json"));
    return root;
  }

  private static Map<String, RunVerdict> targets(Object... nameThenVerdict) {
    Map<String, RunVerdict> targets = new LinkedHashMap<>();
    for (int i = 0; i < nameThenVerdict.length; i += 2) {
      targets.put((String) nameThenVerdict[i], (RunVerdict) nameThenVerdict[i + 1]);
    }
    return targets;
  }

  @Test
  void targetsAreComparedByNameAndTheOneThatRegressedIsNamed() throws Exception {
    Path baseline =
        severalTargets("baseline", targets("shop-1", clean("1.0", 0), "shop-2", clean("1.0", 0)));
    // The run lists its targets in another order and has one more.
    Path run =
        severalTargets(
            "run",
            targets(
                "shop-2",
                leaking("1.1", 500_000),
                "shop-1",
                clean("1.1", 500_000),
                "shop-3",
                clean("1.1", 500_000)));

    Outcome outcome = BaselineComparison.compare(baseline, run, RegressionRules.defaults(), null);

    assertThat(outcome).isEqualTo(Outcome.FAIL);
    JsonNode json = new ObjectMapper().readTree(run.resolve("compare.json").toFile());
    assertThat(json.path("reason").asText())
        .startsWith("shop-2 regressed: regression against 1.0: heap.live slope +300 MiB/h")
        .contains(" | shop-3 not decided: not in the baseline")
        .endsWith(" | no regression in shop-1");
    assertThat(json.path("targets").get(0).path("folder").asText()).isEqualTo("targets/shop-2");
    // Readers of a one-target comparison find every figure, named by its target.
    assertThat(json.path("figures").get(0).path("label").asText())
        .isEqualTo("shop-2: heap.live slope");
    assertThat(json.path("figures").get(0).path("change").asText()).isEqualTo("REGRESSION");
    assertThat(run.resolve("targets/shop-2/compare.json")).isNotEmptyFile();
    assertThat(run.resolve("targets/shop-1/compare.html")).isNotEmptyFile();
    assertThat(Files.readString(run.resolve("junit-compare.xml")))
        .contains("name=\"shop-2/comparison\" time=\"0\"><failure type=\"Regression\"");
    assertThat(Files.readString(run.resolve("compare.html")))
        .contains("<a href=\"targets/shop-2/compare.html\">")
        .doesNotContain("style=");
  }

  @Test
  void sameTargetsWithoutRegressionPass() throws Exception {
    Path baseline = severalTargets("b", targets("a", clean("1.0", 0), "b", clean("1.0", 0)));
    Path run = severalTargets("r", targets("a", clean("1.1", 500_000), "b", clean("1.1", 1)));

    assertThat(BaselineComparison.compare(baseline, run, RegressionRules.defaults(), null))
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void aFolderOfOneTargetAgainstOneOfSeveralIsAOneLineError() throws Exception {
    Path several = severalTargets("several", targets("a", clean("1.0", 0), "b", clean("1.0", 0)));
    Path one = dir.resolve("one");
    Files.createDirectories(one);
    new RunVerdictJson().write(clean("0.9", 0), one.resolve("verdict.json"));

    assertThatThrownBy(
            () -> BaselineComparison.compare(one, several, RegressionRules.defaults(), null))
        .isInstanceOf(UnreadableRunException.class)
        .hasMessageNotContaining("\n")
        .hasMessageStartingWith(
            "cannot compare " + one + " (one target) with " + several + " (2 targets)");
    assertThatThrownBy(
            () -> BaselineComparison.compare(several, one, RegressionRules.defaults(), null))
        .isInstanceOf(UnreadableRunException.class)
        .hasMessageStartingWith("cannot compare " + one + " (one target) with " + several);
  }

  @Test
  void historyTrendsEachTargetAndNamesTheOneThatMoved() throws Exception {
    Path one = severalTargets("1", targets("shop-1", clean("1.0", 0), "shop-2", clean("1.0", 0)));
    Path two =
        severalTargets(
            "2", targets("shop-1", clean("1.1", 500_000), "shop-2", clean("1.1", 500_000)));
    Path three =
        severalTargets(
            "3", targets("shop-1", clean("1.2", 1_000_000), "shop-2", leaking("1.2", 1_000_000)));
    Path out = dir.resolve("history");

    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int code;
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      code =
          AnalyzerMain.run(
              "history", three.toString(), one.toString(), two.toString(), "--out", out.toString());
    } finally {
      System.setOut(original);
    }

    String printed = stdout.toString(StandardCharsets.UTF_8);
    assertThat(code).as(printed).isZero();
    assertThat(printed)
        .contains("CHANGE WORSE shop-2 run 3 1.2: heap.live slope")
        .doesNotContain("CHANGE WORSE shop-1")
        .contains("HISTORY 3 runs of 2 targets, 1 change point(s)");
    assertThat(out.resolve("targets/shop-2/history.html")).isNotEmptyFile();
    JsonNode json = new ObjectMapper().readTree(out.resolve("history.json").toFile());
    assertThat(json.path("targets").get(1).path("changePoints").get(0).path("run").asInt())
        .isEqualTo(3);
  }

  @Test
  void historyRefusesToMixRunsOfOneTargetWithRunsOfSeveral() throws Exception {
    Path several = severalTargets("s", targets("a", clean("1.0", 0), "b", clean("1.0", 0)));
    Path one = dir.resolve("one");
    Files.createDirectories(one);
    new RunVerdictJson().write(clean("0.9", 0), one.resolve("verdict.json"));
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream original = System.err;
    int code;
    try {
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      code =
          AnalyzerMain.run(
              "history", one.toString(), several.toString(), "--out", dir.resolve("h").toString());
    } finally {
      System.setErr(original);
    }
    assertThat(code).isEqualTo(2);
    assertThat(stderr.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "analyzer: cannot trend runs of one target with runs of several: "
                + one
                + " has one target, "
                + several
                + " has 2; trend each target's folders (DIR/targets/NAME) with the runs of one"
                + " target");
  }
}
