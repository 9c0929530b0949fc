package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.evidence.RunEvidence;
import dev.leakhunt.analyzer.evidence.RunEvidenceReader;
import dev.leakhunt.analyzer.evidence.UnreadableRunException;
import dev.leakhunt.analyzer.history.ChangeLine;
import dev.leakhunt.analyzer.history.ChangePoint;
import dev.leakhunt.analyzer.history.HistoryBuilder;
import dev.leakhunt.analyzer.history.HistoryJson;
import dev.leakhunt.analyzer.history.RunHistory;
import dev.leakhunt.analyzer.history.TargetsHistory;
import dev.leakhunt.analyzer.report.HistoryHtmlWriter;
import dev.leakhunt.analyzer.report.PlotCsvWriter;
import dev.leakhunt.analyzer.report.TargetsHistoryHtmlWriter;
import dev.leakhunt.analyzer.targets.CombinedVerdict;
import dev.leakhunt.analyzer.targets.TargetVerdict;
import dev.leakhunt.analyzer.targets.TargetsFolder;
import dev.leakhunt.contract.run.RunFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
          + " plugin).",
      "Runs of several targets are trended target by target (matched by name) into"
          + " --out/targets/NAME/, with a combined history.json and history.html."
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
    List<CombinedVerdict> combined = new ArrayList<>();
    for (Path dir : dirs) {
      combined.add(TargetsFolder.combinedOrNull(dir));
    }
    long several = combined.stream().filter(c -> c != null).count();
    if (several > 0 && several < dirs.size()) {
      int one = combined.indexOf(null);
      int many = 0;
      while (combined.get(many) == null) {
        many++;
      }
      throw new UnreadableRunException(
          "cannot trend runs of one target with runs of several: "
              + dirs.get(one)
              + " has one target, "
              + dirs.get(many)
              + " has "
              + combined.get(many).targets().size()
              + "; trend each target's folders (DIR/targets/NAME) with the runs of one target");
    }
    if (several > 0) {
      return severalTargets(combined);
    }
    RunHistory history = history(dirs);
    Files.createDirectories(out);
    write(history, out);
    for (ChangePoint change : history.changePoints()) {
      System.out.println(ChangeLine.of(change));
    }
    System.out.println(
        "HISTORY "
            + history.runs().size()
            + " runs, "
            + history.changePoints().size()
            + " change point(s)");
    System.out.println("REPORT " + out.resolve("history.html"));
    return 0;
  }

  private RunHistory history(List<Path> folders) throws Exception {
    RunEvidenceReader reader = new RunEvidenceReader();
    List<RunEvidence> runs = new ArrayList<>();
    for (Path dir : folders) {
      runs.add(reader.read(dir));
    }
    return new HistoryBuilder(rules.toRules()).build(runs);
  }

  private static void write(RunHistory history, Path dir) throws Exception {
    Files.createDirectories(dir);
    new HistoryJson().write(history, dir.resolve("history.json"));
    new HistoryHtmlWriter().write(history, dir.resolve("history.html"));
    new PlotCsvWriter().write(history, dir);
  }

  /**
   * Runs of several targets: each target name trended over the runs that have it, into {@code
   * targets/NAME/} of {@code --out}, with a combined {@code history.json} and {@code history.html}
   * naming each target's change points.
   */
  private int severalTargets(List<CombinedVerdict> combined) throws Exception {
    List<List<String>> names = new ArrayList<>();
    combined.forEach(c -> names.add(c.targets().stream().map(TargetVerdict::name).toList()));
    List<TargetsHistory.Target> targets = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> entry : TargetsHistory.match(names).entrySet()) {
      List<Path> folders = new ArrayList<>();
      for (int run : entry.getValue()) {
        folders.add(
            TargetsFolder.targetDir(dirs.get(run), combined.get(run).target(entry.getKey())));
      }
      String folder = RunFiles.TARGETS_SUBDIR + "/" + entry.getKey();
      RunHistory history = history(folders);
      write(history, out.resolve(folder));
      targets.add(new TargetsHistory.Target(entry.getKey(), folder, history));
    }
    TargetsHistory history = new TargetsHistory(targets);
    Files.createDirectories(out);
    history.writeJson(out.resolve("history.json"));
    new TargetsHistoryHtmlWriter().write(history, out.resolve("history.html"));
    history.changeLines().forEach(System.out::println);
    System.out.println(
        "HISTORY "
            + dirs.size()
            + " runs of "
            + targets.size()
            + " targets, "
            + history.changeLines().size()
            + " change point(s)");
    System.out.println("REPORT " + out.resolve("history.html"));
    return 0;
  }
}
