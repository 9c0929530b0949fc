package dev.leakhunt.analyzer.run;

import dev.leakhunt.contract.run.RunFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps one run per folder: a watch refuses an {@code --out} that already holds a run's evidence,
 * because a new run written over an old one leaves the old verdict, report and diagnosis beside the
 * new samples, and {@code report} would then judge a mixture. Files of other tools (a CI log, a
 * README) do not count.
 */
public final class RunFolder {
  /**
   * Every file name a watch writes (and the folder of a watch of several targets), and the
   * temporary names its reports pass through.
   */
  static final Set<String> EVIDENCE_FILES =
      Set.of(
          RunReports.SAMPLES,
          RunReports.RUN_INFO,
          RunReports.GC_PAUSES,
          RunReports.VERDICT,
          RunReports.JUNIT,
          RunReports.HTML,
          RunFiles.COMMAND_LOG,
          RunFiles.OLD_OBJECTS_JFR,
          RunFiles.TARGETS_SUBDIR);

  private RunFolder() {}

  /** A report's temporary name, {@code .NAME.tmp}, left by a run killed while writing it. */
  private static boolean isTemporary(String name) {
    return name.startsWith(".")
        && name.endsWith(".tmp")
        && EVIDENCE_FILES.contains(name.substring(1, name.length() - ".tmp".length()));
  }

  /**
   * Fails with a one-line usage error when {@code out} holds another run's evidence.
   *
   * @throws UsageException naming the folder and the files found
   */
  public static void requireFresh(Path out) {
    if (!Files.isDirectory(out)) {
      return;
    }
    List<String> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (EVIDENCE_FILES.contains(name) || name.endsWith(".hprof") || isTemporary(name)) {
          found.add(name);
        }
      }
    } catch (IOException e) {
      throw new UsageException("--out " + out + " cannot be read: " + e.getMessage());
    }
    if (!found.isEmpty()) {
      found.sort(null);
      throw new UsageException(
          "--out "
              + out
              + " already holds another run ("
              + String.join(", ", found)
              + "): choose a new folder, or empty this one to replace that run");
    }
  }
}
