package dev.leakhunt.simulations.latency;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Runs a request and records its response time and outcome in a {@link ResponseTimeRecorder}, the
 * way Gatling counts them: the time is Gatling's own ({@code responseTimeInMillis}), and the
 * request failed when Gatling marked it KO (a check failed or no response came).
 *
 * <p>Gatling's session failure flag is sticky, so the request's own outcome is isolated: the flag
 * is cleared before the request and, after recording, set back if it was set before. A chain's
 * {@code exitHereIfFailed} therefore sees exactly what it saw without the timing. A request that
 * got no response (connection refused, timeout) runs no check; its time is measured around the
 * request.
 */
public final class TimedRequests {
  private static final String RESPONSE_TIME_MS = "leakhunt.responseTimeMs";
  private static final String SENT_AT_MS = "leakhunt.sentAtMs";
  private static final String FAILED_BEFORE = "leakhunt.failedBefore";

  private final ResponseTimeRecorder recorder;

  /** Requests timed into {@code recorder}. */
  public TimedRequests(ResponseTimeRecorder recorder) {
    this.recorder = recorder;
  }

  /** The request, timed. */
  public ChainBuilder timed(HttpRequestActionBuilder request) {
    return exec(TimedRequests::beforeRequest)
        .exec(request.check(responseTimeInMillis().saveAs(RESPONSE_TIME_MS)))
        .exec(this::afterRequest);
  }

  private static Session beforeRequest(Session session) {
    return session
        .set(FAILED_BEFORE, session.isFailed())
        .set(SENT_AT_MS, System.currentTimeMillis())
        .remove(RESPONSE_TIME_MS)
        .markAsSucceeded();
  }

  private Session afterRequest(Session session) {
    boolean failed = session.isFailed();
    long responseTimeMs =
        session.contains(RESPONSE_TIME_MS)
            ? ((Number) session.get(RESPONSE_TIME_MS)).longValue()
            : System.currentTimeMillis() - session.getLong(SENT_AT_MS);
    recorder.record(responseTimeMs, failed);
    Session cleaned = session.remove(RESPONSE_TIME_MS).remove(SENT_AT_MS);
    return session.getBoolean(FAILED_BEFORE) ? cleaned.markAsFailed() : cleaned;
  }
}
