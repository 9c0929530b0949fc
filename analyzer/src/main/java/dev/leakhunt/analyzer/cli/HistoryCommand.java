package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.evidence.RunEvidence;
import dev.leakhunt.analyzer.evidence.RunEvidenceReader;
import dev.leakhunt.analyzer.history.ChangePoint;
import dev.leakhunt.analyzer.history.HistoryBuilder;
import dev.leakhunt.analyzer.history.HistoryJson;
import dev.leakhunt.analyzer.history.RunHistory;
import dev.leakhunt.analyzer.report.HistoryHtmlWriter;
import dev.leakhunt.analyzer.report.PlotCsvWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code history DIR...}: each key figure across runs, and which run made it move. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Trends key figures across run folders (in any order; sorted by start time) and names the"
          + " first run where each moved beyond its noise, with the tags to bisect between.",
      "Writes history.json and history.html (+ history.css) into --out, and the newest run's"
          + " figures as plot-memory.csv, plot-counts.csv and plot-latency.csv (Jenkins Plot"
          + " plugin)."
    },
    footer = {"", "Exit codes: 0 written, 2 usage error or unreadable folder."})
final class HistoryCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Run folders.")
  List<Path> dirs = new ArrayList<>();

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where to write history.json and history.html.")
  Path out;

  @Mixin RegressionOptionsMixin rules = new RegressionOptionsMixin();

  @Option(names = "--verbose", description = "Print stack traces with errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    RunEvidenceReader reader = new RunEvidenceReader();
    List<RunEvidence> runs = new ArrayList<>();
    for (Path dir : dirs) {
      runs.add(reader.read(dir));
    }
    RunHistory history = new HistoryBuilder(rules.toRules()).build(runs);
    Files.createDirectories(out);
    new HistoryJson().write(history, out.resolve("history.json"));
    new HistoryHtmlWriter().write(history, out.resolve("history.html"));
    new PlotCsvWriter().write(history, out);
    for (ChangePoint change : history.changePoints()) {
      System.out.println(
          "CHANGE "
              + (change.direction() == dev.leakhunt.analyzer.compare.Change.REGRESSION
                  ? "WORSE"
                  : "BETTER")
              + " run "
              + (change.runIndex() + 1)
              + " "
              + change.firstAfter()
              + ": "
              + change.label()
              + " "
              + change.why()
              + "; bisect "
              + change.lastBefore()
              + " .. "
              + change.firstAfter());
    }
    System.out.println(
        "HISTORY " + runs.size() + " runs, " + history.changePoints().size() + " change point(s)");
    System.out.println("REPORT " + out.resolve("history.html"));
    return 0;
  }
}
