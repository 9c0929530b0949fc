package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.compare.RegressionRules;
import dev.leakhunt.analyzer.run.BaselineComparison;
import dev.leakhunt.analyzer.run.RunReports;
import dev.leakhunt.analyzer.run.UsageException;
import dev.leakhunt.analyzer.run.VerdictLine;
import dev.leakhunt.analyzer.targets.TargetsFolder;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.RunFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report DIR}: judges DIR's samples again and rewrites its reports. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Judges DIR/samples.csv again (after a crash, or with other thresholds) and rewrites "
          + "verdict.json, junit.xml and report.html."
    },
    footer = {"", "Exit codes: 0 PASS, 1 FAIL, 2 usage error, 3 INCONCLUSIVE."})
final class ReportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "A directory written by watch.")
  Path dir;

  @Mixin ThresholdOptionsMixin thresholdOptions = new ThresholdOptionsMixin();

  @Option(
      names = "--baseline",
      paramLabel = "DIR",
      description =
          "Also compare DIR with this earlier run folder (writes compare.json, compare.html and"
              + " junit-compare.xml into DIR); a regression fails.")
  Path baseline;

  @Mixin RegressionOptionsMixin regressionRules = new RegressionOptionsMixin();

  @Option(names = "--verbose", description = "Print stack traces with errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    RegressionRules rules = regressionRules.toRules();
    if (baseline != null) {
      BaselineComparison.checkReadable(baseline);
    }
    if (TargetsFolder.combinedOrNull(dir) != null) {
      throw new UsageException(
          dir
              + " holds a watch of several targets: judge each target's folder again with"
              + " 'report "
              + dir.resolve(RunFiles.TARGETS_SUBDIR)
              + "/NAME'");
    }
    RunReports.Written written = new RunReports().write(dir, thresholdOptions.thresholds(), null);
    RunVerdict verdict = written.verdict();
    VerdictLine.print(verdict, dir);
    if (written.failure() != null) {
      System.err.println("analyzer: " + written.failure());
      return verdict.outcome() == Outcome.FAIL
          ? verdict.outcome().exitCode()
          : AnalyzerMain.USAGE_OR_CONNECTION_ERROR;
    }
    if (baseline == null) {
      return verdict.outcome().exitCode();
    }
    Outcome comparison = BaselineComparison.compare(baseline, dir, rules, dir);
    return BaselineComparison.combinedExitCode(verdict.outcome(), comparison);
  }
}
