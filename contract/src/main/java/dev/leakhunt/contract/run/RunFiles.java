package dev.leakhunt.contract.run;

/**
 * The file names of a watch's run folder, written by {@code analyzer watch} (and its {@code report}
 * and {@code compare}) and read by the soak run, which keeps them under {@link #ANALYZER_SUBDIR} of
 * its own run folder.
 */
public final class RunFiles {
  /** Every sample, one row per resource and instant. */
  public static final String SAMPLES_CSV = "samples.csv";

  /** What was watched, how and when: the run's settings and target. */
  public static final String RUN_JSON = "run.json";

  /** GC pauses as an HdrHistogram interval log. */
  public static final String GC_PAUSES_HLOG = "gc-pauses.hlog";

  /** The judgement, the source of truth the other reports are rendered from. */
  public static final String VERDICT_JSON = "verdict.json";

  /** The judgement as JUnit XML, one test case per resource. */
  public static final String JUNIT_XML = "junit.xml";

  /** The judgement as one self-contained HTML page. */
  public static final String REPORT_HTML = "report.html";

  /** Output of the load command the watch ran, if any. */
  public static final String COMMAND_LOG = "command.log";

  /** The JFR old-object recording the diagnosis was read from. */
  public static final String OLD_OBJECTS_JFR = "old-objects.jfr";

  /** A comparison with a baseline run, and its renderings. */
  public static final String COMPARE_JSON = "compare.json";

  public static final String COMPARE_HTML = "compare.html";

  public static final String JUNIT_COMPARE_XML = "junit-compare.xml";

  /**
   * The folder of a watch of several targets that holds one complete run folder per target, {@code
   * targets/NAME/}; the watch's folder itself then holds the combined verdict, JUnit file and
   * report.
   */
  public static final String TARGETS_SUBDIR = "targets";

  /** The folder of a soak run that holds the analyzer's files. */
  public static final String ANALYZER_SUBDIR = "analyzer";

  private RunFiles() {}
}
