package dev.leakhunt.soak.load;

/**
 * What the shoppers' clients measured over the whole run, from the merged response-time histogram
 * of every injector (milliseconds, HdrHistogram's 3 significant digits: exact below 2,048 ms).
 *
 * @param injectors how many injectors' logs were merged
 * @param requests every request sent
 * @param failedRequests requests Gatling counted as failed (a check failed or no response)
 * @param p50Ms median response time
 * @param p95Ms 95th percentile
 * @param p99Ms 99th percentile
 * @param maxMs the longest response time
 */
public record ClientLatency(
    int injectors,
    long requests,
    long failedRequests,
    long p50Ms,
    long p95Ms,
    long p99Ms,
    long maxMs) {

  /** Failed requests as a share of all, in percent (0 without requests). */
  public double failedPercent() {
    return requests == 0 ? 0.0 : 100.0 * failedRequests / requests;
  }

  /** One line for the console and the reports. */
  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "client latency over %,d requests from %d injector(s): p50 %d ms, p95 %d ms, p99 %d ms,"
            + " max %d ms; %,d failed (%.2f %%)",
        requests,
        injectors,
        p50Ms,
        p95Ms,
        p99Ms,
        maxMs,
        failedRequests,
        failedPercent());
  }
}
