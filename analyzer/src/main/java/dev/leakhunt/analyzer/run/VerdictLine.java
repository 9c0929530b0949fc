package dev.leakhunt.analyzer.run;

import dev.leakhunt.analyzer.verdict.RunVerdict;
import java.nio.file.Path;

/**
 * The final lines on stdout, stable for scripts: {@code VERDICT <OUTCOME>: <reason>} then {@code
 * REPORT <path to report.html>}.
 */
public final class VerdictLine {
  private VerdictLine() {}

  public static void print(RunVerdict verdict, Path dir) {
    System.out.println("VERDICT " + verdict.outcome() + ": " + verdict.reason());
    System.out.println("REPORT " + dir.resolve(RunReports.HTML));
    System.out.flush();
  }
}
