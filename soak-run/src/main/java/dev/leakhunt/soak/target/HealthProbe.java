package dev.leakhunt.soak.target;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Polls a health URL until it answers 200, so that load starts only on a serving target. */
public final class HealthProbe {
  private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();

  /**
   * Returns once {@code url} answers 200.
   *
   * @throws IOException naming the URL and its last answer or error when it has not answered 200
   *     within {@code timeout}
   */
  public void awaitHealthy(String url, Duration timeout) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).build();
    String lastAnswer = "no answer";
    while (true) {
      try {
        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 200) {
          return;
        }
        lastAnswer = "status " + status;
      } catch (IOException e) {
        lastAnswer =
            e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IOException(
            "GET "
                + url
                + " did not answer 200 within "
                + timeout.toSeconds()
                + " s (last: "
                + lastAnswer
                + ")");
      }
      Thread.sleep(POLL_INTERVAL.toMillis());
    }
  }
}
