package dev.leakhunt.analyzer.run;

import dev.leakhunt.analyzer.compare.ComparisonJson;
import dev.leakhunt.analyzer.compare.RegressionRules;
import dev.leakhunt.analyzer.compare.RunComparer;
import dev.leakhunt.analyzer.compare.RunComparison;
import dev.leakhunt.analyzer.compare.TargetsComparison;
import dev.leakhunt.analyzer.compare.TargetsComparisonJson;
import dev.leakhunt.analyzer.evidence.RunEvidenceReader;
import dev.leakhunt.analyzer.evidence.UnreadableRunException;
import dev.leakhunt.analyzer.report.CompareHtmlWriter;
import dev.leakhunt.analyzer.report.CompareJunitWriter;
import dev.leakhunt.analyzer.report.TargetsCompareHtmlWriter;
import dev.leakhunt.analyzer.report.TargetsCompareJunitWriter;
import dev.leakhunt.analyzer.targets.CombinedVerdict;
import dev.leakhunt.analyzer.targets.TargetVerdict;
import dev.leakhunt.analyzer.targets.TargetsFolder;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.RunFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares a run folder with a baseline folder and writes {@code compare.json}, {@code
 * compare.html} (with {@code compare.css}) and {@code junit-compare.xml}; prints {@code COMPARE
 * <OUTCOME>: <reason>} and {@code REPORT <compare.html>} on stdout. Two runs of several targets are
 * compared target by target, matched by name: each target's comparison goes to {@code
 * targets/NAME/} of the output folder, the combined one (naming the targets that regressed) to the
 * folder itself.
 */
public final class BaselineComparison {
  static final String JSON = RunFiles.COMPARE_JSON;
  static final String HTML = RunFiles.COMPARE_HTML;
  static final String JUNIT = RunFiles.JUNIT_COMPARE_XML;

  private BaselineComparison() {}

  /**
   * Checks that {@code dir} can be compared (every target's folder, for a run of several), before a
   * run of hours rather than after it.
   *
   * @throws UnreadableRunException with one line when it cannot
   */
  public static void checkReadable(Path dir) {
    RunEvidenceReader reader = new RunEvidenceReader();
    CombinedVerdict combined = TargetsFolder.combinedOrNull(dir);
    if (combined == null) {
      reader.read(dir);
      return;
    }
    for (TargetVerdict target : combined.targets()) {
      reader.read(TargetsFolder.targetDir(dir, target));
    }
  }

  /**
   * Compares {@code runDir} with {@code baselineDir} and writes the reports into {@code outDir}
   * (null: the run's analyzer folder).
   *
   * @return the comparison's outcome: FAIL when anything regressed
   * @throws UnreadableRunException when either folder cannot be read, or one holds a run of one
   *     target and the other a run of several
   */
  public static Outcome compare(Path baselineDir, Path runDir, RegressionRules rules, Path outDir)
      throws IOException {
    CombinedVerdict baseline = TargetsFolder.combinedOrNull(baselineDir);
    CombinedVerdict run = TargetsFolder.combinedOrNull(runDir);
    if (baseline == null && run == null) {
      return compareOne(baselineDir, runDir, rules, outDir, true).outcome();
    }
    if (baseline == null || run == null) {
      throw new UnreadableRunException(
          baseline == null
              ? TargetsFolder.mixedKinds(runDir, run, baselineDir)
              : TargetsFolder.mixedKinds(baselineDir, baseline, runDir));
    }
    Path out = outDir != null ? outDir : TargetsFolder.analyzerDir(runDir);
    TargetsComparison comparison =
        TargetsComparison.compare(
            names(baseline),
            names(run),
            name ->
                compareOne(
                    TargetsFolder.targetDir(baselineDir, baseline.target(name)),
                    TargetsFolder.targetDir(runDir, run.target(name)),
                    rules,
                    out.resolve(TargetsComparisonJson.folderOf(name)),
                    false));
    Files.createDirectories(out);
    new TargetsComparisonJson().write(comparison, baselineDir, runDir, out.resolve(JSON));
    new TargetsCompareHtmlWriter().write(comparison, out.resolve(HTML));
    new TargetsCompareJunitWriter().write(comparison, out.resolve(JUNIT));
    print(comparison.outcome(), comparison.reason(), out);
    return comparison.outcome();
  }

  private static List<String> names(CombinedVerdict verdict) {
    return verdict.targets().stream().map(TargetVerdict::name).toList();
  }

  private static RunComparison compareOne(
      Path baselineDir, Path runDir, RegressionRules rules, Path outDir, boolean printed)
      throws IOException {
    RunEvidenceReader reader = new RunEvidenceReader();
    RunComparison comparison =
        new RunComparer(rules).compare(reader.read(baselineDir), reader.read(runDir));
    Path out = outDir != null ? outDir : comparison.run().analyzerDir();
    Files.createDirectories(out);
    new ComparisonJson().write(comparison, out.resolve(JSON));
    new CompareHtmlWriter().write(comparison, out.resolve(HTML));
    new CompareJunitWriter().write(comparison, out.resolve(JUNIT));
    if (printed) {
      print(comparison.outcome(), comparison.reason(), out);
    }
    return comparison;
  }

  private static void print(Outcome outcome, String reason, Path out) {
    System.out.println("COMPARE " + outcome + ": " + reason);
    System.out.println("REPORT " + out.resolve(HTML));
    System.out.flush();
  }

  /** The exit code of a run verdict and its comparison together: the worse of the two. */
  public static int combinedExitCode(Outcome verdict, Outcome comparison) {
    if (verdict == Outcome.FAIL || comparison == Outcome.FAIL) {
      return Outcome.FAIL.exitCode();
    }
    if (verdict == Outcome.INCONCLUSIVE || comparison == Outcome.INCONCLUSIVE) {
      return Outcome.INCONCLUSIVE.exitCode();
    }
    return Outcome.PASS.exitCode();
  }
}
