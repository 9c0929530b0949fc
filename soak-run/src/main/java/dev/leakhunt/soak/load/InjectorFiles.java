package dev.leakhunt.soak.load;

import java.nio.file.Path;

/**
 * Where one Gatling process leaves its results: the HTML report folder, the shoppers' summary, the
 * response-time interval log and, for an injector started by {@code soak load}, its console output
 * and {@code injector.json} (its plan and exit code, written last: the injector is done when it
 * exists). A single-injector run uses the run folder itself, with today's names.
 *
 * @param dir the folder
 */
public record InjectorFiles(Path dir) {
  /** The response-time interval log's name (milliseconds; failed requests also tagged). */
  public static final String RESPONSE_TIMES_HLOG = "response-times-ms.hlog";

  /** Gatling's results folder; the HTML report is in a sub-folder Gatling names. */
  public Path gatlingDir() {
    return dir.resolve("gatling");
  }

  /** The simulation's run summary JSON. */
  public Path summary() {
    return dir.resolve("gatling-summary.json");
  }

  /** The response-time interval log. */
  public Path responseTimesLog() {
    return dir.resolve(RESPONSE_TIMES_HLOG);
  }

  /** Gatling's console output. */
  public Path consoleLog() {
    return dir.resolve("gatling.log");
  }

  /** The injector's plan and exit code, written when it ended. */
  public Path result() {
    return dir.resolve("injector.json");
  }
}
