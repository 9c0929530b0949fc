package dev.leakhunt.analyzer.watch;

import dev.leakhunt.analyzer.diagnosis.model.DiagnosisEvidence;
import dev.leakhunt.analyzer.sampler.diagnosis.DiagnosisSession;
import java.nio.file.Path;

/**
 * The end of a watch's diagnosis, bounded in time: nothing is asked of a target that stopped
 * answering, the end-of-run snapshots get a budget (shorter after a stop signal, whose grace is 60
 * s), and closing never waits for a frozen target's answer.
 */
final class RunEndDiagnosis {
  private RunEndDiagnosis() {}

  /** How long the end-of-run diagnosis may take after a stop signal: the grace is 60 s. */
  static final long DIAGNOSIS_AFTER_STOP_MS = 30_000;

  /** How long the end-of-run diagnosis may take otherwise (JFR's root paths can take minutes). */
  static final long DIAGNOSIS_AT_END_MS = 300_000;

  /**
   * The end-of-run evidence, or a note saying why there is none.
   *
   * @param answering whether the target answered the watch's last call
   * @param stopping whether a stop signal ended the watch
   */
  static DiagnosisEvidence evidence(
      DiagnosisSession diagnosis, Path out, boolean answering, boolean stopping) {
    return evidence(
        diagnosis, out, answering, stopping ? DIAGNOSIS_AFTER_STOP_MS : DIAGNOSIS_AT_END_MS);
  }

  /** The whole budget of the end-of-run diagnosis, ms: shared by the failing targets of a watch. */
  static long budgetMs(boolean stopping) {
    return stopping ? DIAGNOSIS_AFTER_STOP_MS : DIAGNOSIS_AT_END_MS;
  }

  /**
   * The end-of-run evidence within {@code budgetMs}, or a note saying why there is none.
   *
   * @param answering whether the target answered the watch's last call
   */
  static DiagnosisEvidence evidence(
      DiagnosisSession diagnosis, Path out, boolean answering, long budgetMs) {
    if (!answering) {
      return noteOnly("the target was not answering when the run ended: no end-of-run diagnosis");
    }
    // Its own calls, not the stop-aware ones: after a signal the diagnosis still gets its budget.
    try (BoundedCalls own = new BoundedCalls(null)) {
      BoundedCalls.Waited<DiagnosisEvidence> waited =
          own.call(() -> diagnosis.atRunEnd(out), System.currentTimeMillis() + budgetMs);
      if (waited.returned()) {
        return waited.value();
      }
      return noteOnly(
          waited.ending() == BoundedCalls.Ending.TIMED_OUT
              ? "the end-of-run diagnosis took longer than "
                  + budgetMs / 1000
                  + " s and was abandoned"
              : "the end-of-run diagnosis failed: " + waited.failure());
    }
  }

  /**
   * Closes the JFR recording of a target that needs no diagnosis without saving it (stopping it
   * would walk the target's heap for root paths), waiting at most a few seconds.
   */
  static void discard(DiagnosisSession diagnosis) {
    try (BoundedCalls own = new BoundedCalls(null)) {
      own.runBriefly(diagnosis::discardRecording, DISCARD_WAIT_MS);
    }
  }

  /** How long discarding a recording may take, ms: one call to the target, after the worker's. */
  static final long DISCARD_WAIT_MS = 10_000;

  static DiagnosisEvidence noteOnly(String note) {
    return DiagnosisEvidence.noteOnly(note);
  }

  /** Closes the diagnosis' connection, waiting at most a second. */
  static void close(DiagnosisSession diagnosis) {
    // Closing sends a last call that a frozen target never answers.
    try (BoundedCalls own = new BoundedCalls(null)) {
      own.runBriefly(diagnosis::close, 1_000);
    }
  }
}
