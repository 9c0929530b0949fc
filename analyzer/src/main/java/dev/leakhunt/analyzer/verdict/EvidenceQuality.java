package dev.leakhunt.analyzer.verdict;

/**
 * How far the evidence behind a verdict can be trusted, beyond the statistics: what reading the
 * samples skipped, and whether the live set was really measured.
 *
 * @param malformedLines lines of {@code samples.csv} that were not rows, skipped
 * @param skippedTimestampLines rows skipped for a timestamp before the run or jumping far from
 *     their neighbours (corrupt)
 * @param clockJumps forward jumps of the recorded time that later rows confirmed (kept: a gap)
 * @param liveSetMeasured whether the forced-GC probes measured the live set: null when probes were
 *     off or none ran, false when every probe ran no collection (the target ignores forced GCs)
 * @param unmeasuredProbes probes whose forced GC ran no collection, not recorded as the live set
 */
public record EvidenceQuality(
    long malformedLines,
    long skippedTimestampLines,
    long clockJumps,
    Boolean liveSetMeasured,
    long unmeasuredProbes) {
  /** Nothing known to be wrong, nothing known about the probes. */
  public static final EvidenceQuality UNKNOWN = new EvidenceQuality(0, 0, 0, null, 0);
}
