package dev.leakhunt.contract.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.RunInfo;
import java.util.List;

/**
 * A watch's {@code verdict.json} of one target, as the analyzer writes it and every other module
 * reads it (bind it with {@link VerdictJson}). Readers accept fields they do not know, so a newer
 * minor addition never breaks an older reader; a change of layout raises {@link #FORMAT_VERSION}.
 *
 * @param formatVersion the layout's version, {@link #FORMAT_VERSION} when written; null in files of
 *     format 1, written before the field existed (see {@link #formatVersionOrOne})
 * @param outcome PASS, FAIL or INCONCLUSIVE
 * @param reason the one-line reason
 * @param run what was watched, how and when
 * @param resources one judgement per resource
 * @param gaps periods when the target could not be sampled
 * @param targetDeath how the target ended before the run did, or null
 * @param gcPauses the target's GC pauses over the run, or null when unknown
 * @param malformedLines lines of the samples that could not be read
 * @param skippedTimestampLines samples dropped for a timestamp out of order
 * @param clockJumps jumps of the wall clock seen while sampling
 * @param liveSetMeasured whether live-set probes measured the heap, or null when none ran
 * @param unmeasuredProbes probes that measured nothing
 * @param stoppedEarlyAtMs when the run was stopped early on a certain leak, or null (left out)
 * @param diagnosis what leaks and where, or null (left out) when no diagnosis ran: the analyzer's
 *     own section, declared once by its diagnosis model ({@code Diagnosis}) and bound to it there;
 *     kept here as a JSON tree, since no other module reads into it
 */
public record VerdictDocument(
    Integer formatVersion,
    Outcome outcome,
    String reason,
    RunInfo run,
    List<VerdictResource> resources,
    List<Gap> gaps,
    TargetDeath targetDeath,
    GcPauseSummary gcPauses,
    long malformedLines,
    long skippedTimestampLines,
    long clockJumps,
    Boolean liveSetMeasured,
    long unmeasuredProbes,
    @JsonInclude(JsonInclude.Include.NON_NULL) Long stoppedEarlyAtMs,
    @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode diagnosis) {

  /**
   * Version of the layout of {@code verdict.json} and {@code run.json}, written as {@code
   * formatVersion} at their top. 1 (no field): before run identities; 2: {@code run.identity}
   * (tags, machine) replaces {@code run.gitCommit}.
   */
  public static final int FORMAT_VERSION = 2;

  /** The field that holds the format version, at the top of every file of this layout. */
  public static final String FORMAT_VERSION_FIELD = "formatVersion";

  public VerdictDocument {
    resources = resources == null ? List.of() : List.copyOf(resources);
    gaps = gaps == null ? List.of() : List.copyOf(gaps);
    diagnosis =
        diagnosis == null || diagnosis.isNull() || diagnosis.isMissingNode() ? null : diagnosis;
  }

  /** The format version the file was written with: 1 when it has none. */
  public int formatVersionOrOne() {
    return formatVersion == null ? 1 : formatVersion;
  }

  /**
   * A period when the target could not be sampled.
   *
   * @param startMs when the connection was lost, ms since the epoch
   * @param durationMs how long until sampling resumed, ms
   */
  public record Gap(long startMs, long durationMs) {}
}
