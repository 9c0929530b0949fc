package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.compare.ComparisonJson;
import dev.leakhunt.analyzer.compare.RegressionRules;
import dev.leakhunt.analyzer.compare.RunComparer;
import dev.leakhunt.analyzer.compare.RunComparison;
import dev.leakhunt.analyzer.evidence.RunEvidenceReader;
import dev.leakhunt.analyzer.report.CompareHtmlWriter;
import dev.leakhunt.analyzer.report.CompareJunitWriter;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.RunFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a run folder with a baseline folder and writes {@code compare.json}, {@code
 * compare.html} (with {@code compare.css}) and {@code junit-compare.xml}; prints {@code COMPARE
 * <OUTCOME>: <reason>} and {@code REPORT <compare.html>} on stdout.
 */
final class BaselineComparison {
  static final String JSON = RunFiles.COMPARE_JSON;
  static final String HTML = RunFiles.COMPARE_HTML;
  static final String JUNIT = RunFiles.JUNIT_COMPARE_XML;

  private BaselineComparison() {}

  /**
   * Compares {@code runDir} with {@code baselineDir} and writes the reports into {@code outDir}.
   *
   * @throws dev.leakhunt.analyzer.evidence.UnreadableRunException when either folder cannot be read
   */
  static RunComparison compare(Path baselineDir, Path runDir, RegressionRules rules, Path outDir)
      throws IOException {
    RunEvidenceReader reader = new RunEvidenceReader();
    RunComparison comparison =
        new RunComparer(rules).compare(reader.read(baselineDir), reader.read(runDir));
    Path out = outDir != null ? outDir : comparison.run().analyzerDir();
    Files.createDirectories(out);
    new ComparisonJson().write(comparison, out.resolve(JSON));
    new CompareHtmlWriter().write(comparison, out.resolve(HTML));
    new CompareJunitWriter().write(comparison, out.resolve(JUNIT));
    System.out.println("COMPARE " + comparison.outcome() + ": " + comparison.reason());
    System.out.println("REPORT " + out.resolve(HTML));
    System.out.flush();
    return comparison;
  }

  /** The exit code of a run verdict and its comparison together: the worse of the two. */
  static int combinedExitCode(Outcome verdict, Outcome comparison) {
    if (verdict == Outcome.FAIL || comparison == Outcome.FAIL) {
      return Outcome.FAIL.exitCode();
    }
    if (verdict == Outcome.INCONCLUSIVE || comparison == Outcome.INCONCLUSIVE) {
      return Outcome.INCONCLUSIVE.exitCode();
    }
    return Outcome.PASS.exitCode();
  }
}
