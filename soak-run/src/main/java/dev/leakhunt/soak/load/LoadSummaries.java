package dev.leakhunt.soak.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Adds up the shoppers' summaries of several injectors into one summary of the same shape, so the
 * invariants compare the shop's {@code /stats} with what all shoppers saw: every count summed, the
 * earliest start and the latest end, what was asked taken from the first (all injectors were asked
 * the same), and {@code injectors} saying how many were added.
 */
public final class LoadSummaries {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private LoadSummaries() {}

  /**
   * Writes the sum of {@code summaries} to {@code merged}.
   *
   * @throws IOException when a summary is missing or is not a run summary
   */
  public static void merge(List<Path> summaries, Path merged) throws IOException {
    if (summaries.isEmpty()) {
      throw new IOException("no shoppers' summary to merge");
    }
    ObjectNode total = null;
    for (Path file : summaries) {
      if (!Files.isRegularFile(file)) {
        throw new IOException("no shoppers' summary at " + file + " (the injector did not finish)");
      }
      JsonNode summary = JSON.readTree(file.toFile());
      if (!summary.path("counts").isObject()) {
        throw new IOException(file + " has no 'counts' object; not a simulation run summary");
      }
      if (total == null) {
        total = summary.deepCopy();
        continue;
      }
      ObjectNode counts = (ObjectNode) total.get("counts");
      Iterator<Map.Entry<String, JsonNode>> fields = summary.path("counts").fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        counts.put(
            field.getKey(), counts.path(field.getKey()).asLong() + field.getValue().asLong());
      }
      total.put(
          "startedAtMs",
          Math.min(total.path("startedAtMs").asLong(), summary.path("startedAtMs").asLong()));
      total.put(
          "endedAtMs",
          Math.max(total.path("endedAtMs").asLong(), summary.path("endedAtMs").asLong()));
    }
    total.put("injectors", summaries.size());
    Files.createDirectories(merged.toAbsolutePath().getParent());
    JSON.writeValue(merged.toFile(), total);
  }
}
