package dev.leakhunt.analyzer.evidence;

import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.series.RecordedRun;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a comparison or a trend reads from one run folder.
 *
 * @param dir the folder as given (a soak run folder or an analyzer {@code --out} folder)
 * @param analyzerDir the folder holding {@code verdict.json}
 * @param formatVersion the verdict's format version (1 for folders written before the field)
 * @param verdict the run's verdict
 * @param diagnosis the verdict's {@code diagnosis} section, or null when it has none or it cannot
 *     be read (then a note says why)
 * @param samples the recorded samples, or null when {@code samples.csv} is missing
 * @param load the load generator's figures, or null when its output is missing or has none
 * @param notes one sentence per part that could not be read, saying why
 */
public record RunEvidence(
    Path dir,
    Path analyzerDir,
    int formatVersion,
    RunVerdict verdict,
    Diagnosis diagnosis,
    RecordedRun samples,
    LoadFigures load,
    List<String> notes) {
  public RunEvidence {
    notes = List.copyOf(notes);
  }

  /** A short name of the run: its version label, else its folder's name. */
  public String label() {
    String version = verdict.run().identity().versionLabel();
    return version != null ? version : dir.getFileName().toString();
  }
}
