package dev.leakhunt.soak.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison with the baseline, read from the analyzer's {@code compare.json}: one check per
 * ruled figure, failed when it regressed, skipped when only one run has it.
 */
public final class RegressionChecks {
  /** Suite name in reports. */
  public static final String SUITE = "regression";

  private static final List<String> SHOWN_ONLY = List.of("GC_PAUSE", "LIVE_SET_FLOOR");

  private RegressionChecks() {}

  /** The checks of {@code compareJson}; one failed check when the comparison did not run. */
  public static List<CheckResult> read(Path compareJson) {
    if (!Files.isRegularFile(compareJson)) {
      return List.of(
          CheckResult.of(
              SUITE,
              "compared-with-baseline",
              false,
              "no "
                  + compareJson.getFileName()
                  + ": the comparison with the baseline did not run; see the analyzer's output"));
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(compareJson.toFile());
    } catch (IOException e) {
      return List.of(
          CheckResult.of(
              SUITE, "compared-with-baseline", false, compareJson + " is unreadable: " + e));
    }
    List<CheckResult> checks = new ArrayList<>();
    for (JsonNode figure : root.path("figures")) {
      if (SHOWN_ONLY.contains(figure.path("kind").asText())) {
        continue;
      }
      String name = figure.path("label").asText();
      String change = figure.path("change").asText();
      String why = change + ": " + figure.path("why").asText();
      checks.add(
          switch (change) {
            case "REGRESSION" -> CheckResult.of(SUITE, name, false, why);
            case "NOT_COMPARABLE" -> CheckResult.skipped(SUITE, name, why);
            default -> CheckResult.passed(SUITE, name, why);
          });
    }
    return checks;
  }
}
