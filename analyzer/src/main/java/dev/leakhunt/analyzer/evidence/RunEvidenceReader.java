package dev.leakhunt.analyzer.evidence;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.series.RecordedRun;
import dev.leakhunt.analyzer.series.SamplesCsvReader;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.analyzer.verdict.VerdictDocuments;
import dev.leakhunt.contract.run.RunFiles;
import dev.leakhunt.contract.verdict.VerdictDocument;
import dev.leakhunt.contract.verdict.VerdictHeadline;
import dev.leakhunt.contract.verdict.VerdictJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a run folder for comparisons and trends: a soak run folder ({@code analyzer/verdict.json}
 * inside) or an analyzer {@code --out} folder. Folders of older formats are read as far as they go,
 * with a note per missing part; a folder that is not a run, or one written by a newer version, is
 * refused with one line saying so.
 */
public final class RunEvidenceReader {
  static final String VERDICT = RunFiles.VERDICT_JSON;
  static final String SAMPLES = RunFiles.SAMPLES_CSV;
  static final String COMMAND_LOG = RunFiles.COMMAND_LOG;
  static final String ANALYZER_SUBDIR = RunFiles.ANALYZER_SUBDIR;

  private final VerdictJson verdicts = new VerdictJson();
  private final VerdictDocuments documents = new VerdictDocuments();

  /**
   * Reads one run folder.
   *
   * @throws UnreadableRunException when it is no run folder, or not one this version can read
   */
  public RunEvidence read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UnreadableRunException(dir + " is not a directory (a run folder is needed)");
    }
    Path analyzerDir = analyzerDir(dir);
    Path verdictFile = analyzerDir.resolve(VERDICT);
    VerdictHeadline headline;
    try {
      headline = verdicts.readHeadline(verdictFile);
    } catch (StreamReadException e) {
      throw new UnreadableRunException(
          verdictFile + " is not JSON (" + e.getOriginalMessage() + "): the run was cut short?");
    } catch (DatabindException e) {
      throw new UnreadableRunException(
          verdictFile + " is not a leakhunt verdict (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new UnreadableRunException(verdictFile + " cannot be read: " + e.getMessage());
    }
    int format = headline.formatVersionOrOne();
    if (format > VerdictDocument.FORMAT_VERSION) {
      throw new UnreadableRunException(
          verdictFile
              + " was written by a newer analyzer (format "
              + format
              + "; this one reads formats 1 to "
              + VerdictDocument.FORMAT_VERSION
              + "): compare it with that analyzer");
    }
    if (headline.combined()) {
      throw new UnreadableRunException(
          verdictFile
              + " is the combined verdict of a watch of several targets: compare or trend it with"
              + " runs of several targets, or read one target's folder ("
              + analyzerDir.resolve(RunFiles.TARGETS_SUBDIR)
              + "/NAME)");
    }
    if (headline.outcome() == null || headline.resources() == null) {
      throw new UnreadableRunException(
          verdictFile + " is not a leakhunt verdict (it has no outcome and resources)");
    }
    VerdictDocument document;
    RunVerdict verdict;
    try {
      document = verdicts.read(verdictFile);
      verdict = documents.toVerdict(document);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableRunException(
          verdictFile + " (format " + format + ") cannot be read: " + firstLine(e));
    }
    List<String> notes = new ArrayList<>();
    if (format < 2) {
      notes.add(
          "written in format "
              + format
              + " (before run identities): no tags or machine recorded; figures read as far as"
              + " they go");
    }
    return new RunEvidence(
        dir,
        analyzerDir,
        format,
        verdict,
        diagnosis(document, notes),
        samples(analyzerDir, notes),
        load(analyzerDir),
        notes);
  }

  /** The run's diagnosis; one that does not read leaves a note, not an unreadable run. */
  private Diagnosis diagnosis(VerdictDocument document, List<String> notes) {
    try {
      return documents.toDiagnosis(document.diagnosis());
    } catch (IOException | RuntimeException e) {
      notes.add(
          "its diagnosis cannot be read ("
              + firstLine(e)
              + "): no class growth or leak fingerprints compared");
      return null;
    }
  }

  private static Path analyzerDir(Path dir) {
    if (Files.isRegularFile(dir.resolve(VERDICT))) {
      return dir;
    }
    Path inside = dir.resolve(ANALYZER_SUBDIR);
    if (Files.isRegularFile(inside.resolve(VERDICT))) {
      return inside;
    }
    boolean hasSamples =
        Files.isRegularFile(dir.resolve(SAMPLES)) || Files.isRegularFile(inside.resolve(SAMPLES));
    throw new UnreadableRunException(
        dir
            + " holds no "
            + VERDICT
            + " (nor "
            + ANALYZER_SUBDIR
            + "/"
            + VERDICT
            + "): "
            + (hasSamples
                ? "judge it first with 'analyzer report DIR'"
                : "not a leakhunt run folder"));
  }

  private static RecordedRun samples(Path analyzerDir, List<String> notes) {
    Path file = analyzerDir.resolve(SAMPLES);
    if (!Files.isRegularFile(file)) {
      notes.add("no " + SAMPLES + ": no live-set floor or server latency figures");
      return null;
    }
    try {
      return new SamplesCsvReader().read(file);
    } catch (IOException | RuntimeException e) {
      notes.add(SAMPLES + " cannot be read (" + firstLine(e) + "): no floor or latency figures");
      return null;
    }
  }

  /** The load generator's output: the watch's command log (Gatling's console, with ./soak). */
  private static LoadFigures load(Path analyzerDir) {
    Path log = analyzerDir.resolve(COMMAND_LOG);
    if (!Files.isRegularFile(log)) {
      return null;
    }
    try {
      LoadFigures figures = LoadFigures.parse(Files.readAllLines(log, StandardCharsets.UTF_8));
      return figures.any() ? figures : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String firstLine(Exception e) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
