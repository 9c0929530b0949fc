package dev.leakhunt.analyzer.series;

/**
 * What reading a samples file skipped or noticed, for the report: a run is judged on the rows that
 * make sense rather than rejected for one bad line.
 *
 * @param malformedLines lines that are not {@code timestampMs,resource,value} (a torn last line,
 *     the normal trace of a killed run, is not counted)
 * @param outOfOrderLines lines whose time lies before the run's start or far behind the rows before
 *     them (a corrupted timestamp), skipped
 * @param jumpedLines lines whose time jumps far ahead of the rows around them, skipped
 * @param clockJumps forward jumps that the following rows confirmed (the analyzer's clock was set
 *     forward, or its machine slept): kept, the time between is a gap
 */
public record SamplesHealth(
    long malformedLines, long outOfOrderLines, long jumpedLines, long clockJumps) {
  /** Nothing skipped. */
  public static final SamplesHealth CLEAN = new SamplesHealth(0, 0, 0, 0);

  /** Lines skipped for their timestamp. */
  public long skippedTimestampLines() {
    return outOfOrderLines + jumpedLines;
  }
}
