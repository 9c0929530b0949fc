package dev.leakhunt.analyzer.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakhunt.analyzer.verdict.RunVerdictJson;
import dev.leakhunt.contract.run.RunFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The combined {@code compare.json} of two runs of several targets: {@code outcome}, {@code
 * reason}, {@code baseline} and {@code run} (their folders), {@code targets} (per target {@code
 * name}, {@code outcome}, {@code reason} and {@code folder}, where its own {@code compare.json}
 * lies) and {@code figures}: every compared target's figures as its own {@code compare.json} has
 * them, each with {@code target} and its {@code label} prefixed {@code NAME: }, so readers of a
 * one-target comparison (the soak run's regression checks) read it unchanged.
 */
public final class TargetsComparisonJson {
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Writes the combined comparison of the runs in {@code baselineDir} and {@code runDir}. */
  public void write(TargetsComparison comparison, Path baselineDir, Path runDir, Path file)
      throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.put(RunVerdictJson.FORMAT_VERSION_FIELD, RunVerdictJson.FORMAT_VERSION);
    root.put("outcome", comparison.outcome().name());
    root.put("reason", comparison.reason());
    root.putObject("baseline").put("dir", baselineDir.toString());
    root.putObject("run").put("dir", runDir.toString());
    ArrayNode targets = root.putArray("targets");
    ArrayNode figures = root.putArray("figures");
    ComparisonJson single = new ComparisonJson();
    for (TargetsComparison.Target target : comparison.targets()) {
      ObjectNode node = targets.addObject();
      node.put("name", target.name());
      node.put("outcome", target.outcome().name());
      node.put("reason", target.reason());
      node.put("folder", target.comparison() == null ? null : folderOf(target.name()));
      if (target.comparison() == null) {
        continue;
      }
      for (JsonNode figure : single.toTree(target.comparison()).path("figures")) {
        ObjectNode copy = ((ObjectNode) figure).deepCopy();
        copy.put("target", target.name());
        copy.put("label", target.name() + ": " + figure.path("label").asText());
        figures.add(copy);
      }
    }
    mapper.writeValue(file.toFile(), root);
  }

  /** Where a target's own comparison is written, relative to the combined one. */
  public static String folderOf(String name) {
    return RunFiles.TARGETS_SUBDIR + "/" + name;
  }
}
