package dev.leakhunt.analyzer.run;

import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.report.HtmlReportWriter;
import dev.leakhunt.analyzer.report.JunitXmlWriter;
import dev.leakhunt.analyzer.series.GcPauseLogReader;
import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.series.SamplesCsvScanner;
import dev.leakhunt.analyzer.verdict.DefaultThresholds;
import dev.leakhunt.analyzer.verdict.ResourceJudge;
import dev.leakhunt.analyzer.verdict.RunDigest;
import dev.leakhunt.analyzer.verdict.RunJudge;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.analyzer.verdict.RunVerdictJson;
import dev.leakhunt.analyzer.verdict.ThresholdOverride;
import dev.leakhunt.analyzer.verdict.VerdictDiagnosis;
import dev.leakhunt.contract.run.RunFiles;
import dev.leakhunt.contract.run.RunInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges a run directory and writes its reports: {@code verdict.json} first, then {@code
 * report.html} and {@code junit.xml} rendered from the JSON read back, so the JSON is the one
 * source of truth.
 */
public final class RunReports {
  static final String SAMPLES = RunFiles.SAMPLES_CSV;
  static final String RUN_INFO = RunFiles.RUN_JSON;
  static final String GC_PAUSES = RunFiles.GC_PAUSES_HLOG;
  static final String VERDICT = RunFiles.VERDICT_JSON;
  static final String JUNIT = RunFiles.JUNIT_XML;
  static final String HTML = RunFiles.REPORT_HTML;

  private final RunVerdictJson json = new RunVerdictJson();

  /** Where a run's diagnosis comes from, once its verdict is judged. */
  @FunctionalInterface
  public interface DiagnosisSource {
    /** The diagnosis for the judged verdict, or null when there is none. */
    Diagnosis diagnose(RunVerdict judged) throws IOException;
  }

  /** Writes one file's content to a path it is given. */
  @FunctionalInterface
  public interface FileContent {
    void writeTo(Path file) throws IOException;
  }

  /**
   * What was judged and written.
   *
   * @param verdict the verdict, as read back from {@code verdict.json} when that could be written
   * @param failure one line naming the first report that could not be written, or null
   */
  public record Written(RunVerdict verdict, String failure) {}

  /**
   * Writes {@code file} through a temporary file in its folder renamed over it at the end, so a
   * reader never sees half a file and a failed write leaves the previous one (or none).
   *
   * @throws EvidenceWriteException when the content cannot be written
   */
  public static void writeAtomically(Path file, FileContent content) {
    Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
    try {
      content.writeTo(temporary);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | UncheckedIOException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // Nothing more can be done about a folder that refuses writes.
      }
      throw new EvidenceWriteException(file, e);
    }
  }

  /**
   * Judges {@code dir}'s samples and writes the three reports, keeping the diagnosis of an earlier
   * {@code verdict.json} in {@code dir} if there is one (it cannot be taken again from samples).
   *
   * @param endMs when sampling ended, or null to take the last sample's time (a killed run)
   */
  public Written write(Path dir, List<ThresholdOverride> thresholds, Long endMs)
      throws IOException {
    Path previous = dir.resolve(VERDICT);
    Diagnosis kept = null;
    if (Files.isRegularFile(previous)) {
      try {
        kept = json.readDiagnosis(previous);
      } catch (IOException e) {
        // A verdict torn by a crash (written in place before atomic writes) has nothing to keep.
      }
    }
    Diagnosis keptDiagnosis = kept;
    return write(dir, thresholds, endMs, judged -> keptDiagnosis);
  }

  /**
   * Judges {@code dir}'s samples and writes the three reports with the diagnosis {@code source}
   * gives for the judged verdict; a failing verdict's reason then names the top suspects.
   *
   * @param endMs when sampling ended, or null to take the last sample's time (a killed run)
   */
  public Written write(
      Path dir, List<ThresholdOverride> thresholds, Long endMs, DiagnosisSource source)
      throws IOException {
    Judged judgedRun = judge(dir, thresholds, endMs);
    RunDigest digest = judgedRun.digest();
    RunVerdict judged = judgedRun.verdict();
    Diagnosis diagnosis = source.diagnose(judged);
    RunVerdict withSuspects = VerdictDiagnosis.withSuspectsInReason(judged, diagnosis);
    // Each report on its own: a full disk that stops one still lets the others be tried.
    String failure = null;
    RunVerdict verdict = withSuspects;
    Diagnosis diagnosisRead = diagnosis;
    try {
      writeAtomically(dir.resolve(VERDICT), file -> json.write(withSuspects, diagnosis, file));
      // Rendered from the JSON read back, the one source of truth.
      verdict = json.read(dir.resolve(VERDICT));
      diagnosisRead = json.readDiagnosis(dir.resolve(VERDICT));
    } catch (EvidenceWriteException e) {
      failure = e.getMessage();
    }
    Map<String, List<Point>> points = digest.chartPoints();
    RunVerdict rendered = verdict;
    Diagnosis renderedDiagnosis = diagnosisRead;
    try {
      writeAtomically(
          dir.resolve(HTML),
          file -> new HtmlReportWriter().write(rendered, points, renderedDiagnosis, file));
    } catch (EvidenceWriteException e) {
      failure = failure != null ? failure : e.getMessage();
    }
    try {
      writeAtomically(dir.resolve(JUNIT), file -> new JunitXmlWriter().write(rendered, file));
    } catch (EvidenceWriteException e) {
      failure = failure != null ? failure : e.getMessage();
    }
    return new Written(verdict, failure);
  }

  /**
   * A run judged, nothing written yet.
   *
   * @param digest the samples read for the judgement, with the charts' points
   * @param verdict the verdict, without a diagnosis
   */
  public record Judged(RunDigest digest, RunVerdict verdict) {}

  /**
   * Judges {@code dir}'s samples without writing anything: a watch of several targets judges each
   * first to know which need a diagnosis.
   *
   * @param endMs when sampling ended, or null to take the last sample's time (a killed run)
   */
  public Judged judge(Path dir, List<ThresholdOverride> thresholds, Long endMs) throws IOException {
    Path samples = dir.resolve(SAMPLES);
    Path runInfo = dir.resolve(RUN_INFO);
    if (!Files.isRegularFile(samples) || !Files.isRegularFile(runInfo)) {
      throw new UsageException(
          dir + " is not a watch directory: it needs " + SAMPLES + " and " + RUN_INFO);
    }
    RunInfo info = json.readRunInfo(runInfo);
    if (endMs != null) {
      info = info.ended(endMs, info.commandExitCode());
    }
    // Two streamed passes: memory does not grow with the run's length.
    RunDigest digest = RunDigest.of(new SamplesCsvScanner(samples, info.startMs()), info);
    Map<String, ThresholdOverride> overrides = new LinkedHashMap<>();
    thresholds.forEach(t -> overrides.put(t.resource(), t));
    ResourceJudge resourceJudge = new ResourceJudge();
    RunVerdict judged =
        new RunJudge(resourceJudge::judge, DefaultThresholds::forResource)
            .judge(
                digest,
                info,
                overrides,
                new GcPauseLogReader().readSummary(dir.resolve(GC_PAUSES)));
    return new Judged(digest, judged);
  }
}
