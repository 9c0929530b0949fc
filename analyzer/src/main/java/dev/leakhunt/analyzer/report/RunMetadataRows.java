package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.analyzer.verdict.RunJudge;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.analyzer.verdict.SamplingGap;
import dev.leakhunt.contract.markup.Html;
import dev.leakhunt.contract.run.MachineInfo;
import dev.leakhunt.contract.run.RunInfo;
import dev.leakhunt.contract.run.Units;
import java.time.Duration;

/** Renders the run's metadata as table rows of the HTML report. */
final class RunMetadataRows {
  private final RunVerdict verdict;
  private final StringBuilder rows = new StringBuilder();

  RunMetadataRows(RunVerdict verdict) {
    this.verdict = verdict;
  }

  String render() {
    RunInfo run = verdict.run();
    long endMs = run.endMs() != null ? run.endMs() : run.startMs();
    row("Target", run.connection() + (run.targetPid() > 0 ? " (pid " + run.targetPid() + ")" : ""));
    row("Target host", run.targetHost());
    row("Target JVM", run.targetJvm() + " (java " + run.targetJavaVersion() + ")");
    row("Collectors", String.join(", ", run.collectorNames()));
    row("Max heap", Figures.amount(run.maxHeapBytes(), Units.BYTES));
    row("Started", Figures.instant(run.startMs()));
    row("Ended", Figures.instant(endMs));
    row("Watched", Figures.duration(Duration.ofMillis(endMs - run.startMs())));
    row("Warm-up", Figures.duration(Duration.ofMillis(run.warmupMs())));
    row("Sampling every", Figures.duration(Duration.ofMillis(run.intervalMs())));
    row(
        "Live-set probe",
        run.liveProbeIntervalMs() > 0
            ? "forced GC every " + Figures.duration(Duration.ofMillis(run.liveProbeIntervalMs()))
            : "off (post-GC heap only)");
    if (run.command() != null) {
      row("Command", String.join(" ", run.command()));
      row(
          "Command exit code",
          run.commandExitCode() == null ? "did not end" : "" + run.commandExitCode());
      row("Command output", run.commandLog());
    }
    if (verdict.targetDeath() != null) {
      row("Target end", RunJudge.deathSentence(verdict.targetDeath()));
    }
    for (SamplingGap gap : verdict.gaps()) {
      row(
          "Sampling gap",
          Figures.instant(gap.startMs())
              + " for "
              + Figures.duration(Duration.ofMillis(gap.durationMs())));
    }
    row("Analyzer", run.analyzerVersion() + " on " + run.analyzerHost());
    if (!run.identity().tags().isEmpty()) {
      row(
          "Tags",
          run.identity().tags().entrySet().stream()
              .map(tag -> tag.getKey() + "=" + tag.getValue())
              .collect(java.util.stream.Collectors.joining(", ")));
    }
    MachineInfo machine = run.identity().machine();
    if (machine != null) {
      row(
          "Machine",
          machine.hostName()
              + ", "
              + machine.cores()
              + " cores, "
              + machine.os()
              + ", "
              + machine.jvm());
    }
    return rows.toString();
  }

  private void row(String name, String value) {
    rows.append("<tr><td>")
        .append(Html.escape(name))
        .append("</td><td>")
        .append(Html.escape(value))
        .append("</td></tr>\n");
  }
}
