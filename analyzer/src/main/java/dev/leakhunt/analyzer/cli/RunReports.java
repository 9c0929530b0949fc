package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.diagnosis.Diagnosis;
import dev.leakhunt.analyzer.report.HtmlReportWriter;
import dev.leakhunt.analyzer.report.JunitXmlWriter;
import dev.leakhunt.analyzer.series.GcPauseLogReader;
import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.series.RecordedRun;
import dev.leakhunt.analyzer.series.SamplesCsvReader;
import dev.leakhunt.analyzer.verdict.DefaultThresholds;
import dev.leakhunt.analyzer.verdict.GcPauseSummary;
import dev.leakhunt.analyzer.verdict.ResourceJudge;
import dev.leakhunt.analyzer.verdict.ResourceVerdict;
import dev.leakhunt.analyzer.verdict.RunInfo;
import dev.leakhunt.analyzer.verdict.RunJudge;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.analyzer.verdict.RunVerdictJson;
import dev.leakhunt.analyzer.verdict.ThresholdOverride;
import dev.leakhunt.analyzer.verdict.VerdictDiagnosis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Judges a run directory and writes its reports: {@code verdict.json} first, then {@code
 * report.html} and {@code junit.xml} rendered from the JSON read back, so the JSON is the one
 * source of truth.
 */
final class RunReports {
  static final String SAMPLES = "samples.csv";
  static final String RUN_INFO = "run.json";
  static final String GC_PAUSES = "gc-pauses.hlog";
  static final String VERDICT = "verdict.json";
  static final String JUNIT = "junit.xml";
  static final String HTML = "report.html";

  private final RunVerdictJson json = new RunVerdictJson();

  /** Where a run's diagnosis comes from, once its verdict is judged. */
  @FunctionalInterface
  interface DiagnosisSource {
    /** The diagnosis for the judged verdict, or null when there is none. */
    Diagnosis diagnose(RunVerdict judged) throws IOException;
  }

  /**
   * Judges {@code dir}'s samples and writes the three reports, keeping the diagnosis of an earlier
   * {@code verdict.json} in {@code dir} if there is one (it cannot be taken again from samples).
   *
   * @param endMs when sampling ended, or null to take the last sample's time (a killed run)
   */
  RunVerdict write(Path dir, List<ThresholdOverride> thresholds, Long endMs) throws IOException {
    Path previous = dir.resolve(VERDICT);
    Diagnosis kept = Files.isRegularFile(previous) ? json.readDiagnosis(previous) : null;
    return write(dir, thresholds, endMs, judged -> kept);
  }

  /**
   * Judges {@code dir}'s samples and writes the three reports with the diagnosis {@code source}
   * gives for the judged verdict; a failing verdict's reason then names the top suspects.
   *
   * @param endMs when sampling ended, or null to take the last sample's time (a killed run)
   */
  RunVerdict write(Path dir, List<ThresholdOverride> thresholds, Long endMs, DiagnosisSource source)
      throws IOException {
    Path samples = dir.resolve(SAMPLES);
    Path runInfo = dir.resolve(RUN_INFO);
    if (!Files.isRegularFile(samples) || !Files.isRegularFile(runInfo)) {
      throw new UsageException(
          dir + " is not a watch directory: it needs " + SAMPLES + " and " + RUN_INFO);
    }
    RecordedRun run = new SamplesCsvReader().read(samples);
    RunInfo info = json.readRunInfo(runInfo);
    if (endMs != null) {
      info = info.ended(endMs, info.commandExitCode());
    }
    Map<String, ThresholdOverride> overrides = new LinkedHashMap<>();
    thresholds.forEach(t -> overrides.put(t.resource(), t));
    ResourceJudge resourceJudge = new ResourceJudge();
    RunVerdict judged =
        new RunJudge(resourceJudge::judge, DefaultThresholds::forResource)
            .judge(run, info, overrides, gcPauses(dir.resolve(GC_PAUSES)));
    Diagnosis diagnosis = source.diagnose(judged);
    json.write(
        VerdictDiagnosis.withSuspectsInReason(judged, diagnosis), diagnosis, dir.resolve(VERDICT));
    RunVerdict verdict = json.read(dir.resolve(VERDICT));
    Diagnosis diagnosisRead = json.readDiagnosis(dir.resolve(VERDICT));
    Map<String, List<Point>> points = new LinkedHashMap<>();
    for (ResourceVerdict resource : verdict.resources()) {
      points.put(resource.resource(), run.points(resource.resource()));
    }
    new HtmlReportWriter().write(verdict, points, diagnosisRead, dir.resolve(HTML));
    new JunitXmlWriter().write(verdict, dir.resolve(JUNIT));
    return verdict;
  }

  private static GcPauseSummary gcPauses(Path log) throws IOException {
    if (!Files.isRegularFile(log)) {
      return GcPauseSummary.ofNanos(new Histogram(3));
    }
    return GcPauseSummary.ofNanos(new GcPauseLogReader().readTotal(log));
  }
}
