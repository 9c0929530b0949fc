package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.run.BaselineComparison;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compare BASELINE_DIR RUN_DIR}: is the run worse than the baseline, beyond the noise? */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Compares a run with a baseline run (e.g. tonight's with last good night's): per resource"
          + " the slope and its interval, the live-set floor at the same elapsed time, GC pauses,"
          + " server-side latency (--latency) and the load's p99 and error rate, class growth and"
          + " new leak fingerprints. A figure regresses when its interval lies wholly above the"
          + " baseline's and it grew by at least a practical delta.",
      "Each DIR is a soak run folder or an analyzer --out folder. Writes compare.json,"
          + " compare.html (+ compare.css) and junit-compare.xml into --out (default: RUN_DIR's"
          + " analyzer folder)."
    },
    footer = {
      "",
      "Exit codes: 0 no regression, 1 regression, 2 usage error or unreadable folder,"
          + " 3 nothing comparable."
    })
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "BASELINE_DIR", description = "The run to compare with.")
  Path baseline;

  @Parameters(index = "1", paramLabel = "RUN_DIR", description = "The run to judge.")
  Path run;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the reports.")
  Path out;

  @Mixin RegressionOptionsMixin rules = new RegressionOptionsMixin();

  @Option(names = "--verbose", description = "Print stack traces with errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    return BaselineComparison.compare(baseline, run, rules.toRules(), out).exitCode();
  }
}
