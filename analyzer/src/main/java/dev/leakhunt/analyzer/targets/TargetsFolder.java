package dev.leakhunt.analyzer.targets;

import dev.leakhunt.contract.run.RunFiles;
import dev.leakhunt.contract.verdict.VerdictJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a run folder of several targets (a combined {@code verdict.json} with {@code targets},
 * directly or in the soak run's {@code analyzer/}) from a folder of one, and finds its targets'
 * folders.
 */
public final class TargetsFolder {
  private TargetsFolder() {}

  /**
   * The combined verdict of a run folder of several targets, or null for any other folder (a folder
   * of one target, or one that cannot be read: its reader says why).
   */
  public static CombinedVerdict combinedOrNull(Path dir) {
    Path verdict = analyzerDir(dir).resolve(RunFiles.VERDICT_JSON);
    if (!Files.isRegularFile(verdict)) {
      return null;
    }
    try {
      VerdictJson json = new VerdictJson();
      return json.readHeadline(verdict).combined()
          ? new CombinedVerdictJson().read(json.readCombined(verdict))
          : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The folder of {@code target} within the run folder {@code dir}. */
  public static Path targetDir(Path dir, TargetVerdict target) {
    return analyzerDir(dir).resolve(target.folder());
  }

  /** The folder holding the verdict: {@code dir} itself, or a soak run's {@code analyzer/}. */
  public static Path analyzerDir(Path dir) {
    if (Files.isRegularFile(dir.resolve(RunFiles.VERDICT_JSON))) {
      return dir;
    }
    Path inside = dir.resolve(RunFiles.ANALYZER_SUBDIR);
    return Files.isRegularFile(inside.resolve(RunFiles.VERDICT_JSON)) ? inside : dir;
  }

  /**
   * The one-line refusal of a comparison between a folder of one target and one of several.
   *
   * @param several the folder of several targets
   * @param single the folder of one
   */
  public static String mixedKinds(Path several, CombinedVerdict combined, Path single) {
    return "cannot compare "
        + single
        + " (one target) with "
        + several
        + " ("
        + combined.targets().size()
        + " targets): compare folders of the same kind, or one target's folder such as "
        + targetDir(several, combined.targets().get(0))
        + " with "
        + single;
  }
}
