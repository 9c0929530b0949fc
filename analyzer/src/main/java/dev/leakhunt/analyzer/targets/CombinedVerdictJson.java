package dev.leakhunt.analyzer.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakhunt.analyzer.verdict.RunInfo;
import dev.leakhunt.analyzer.verdict.RunVerdictJson;
import dev.leakhunt.contract.run.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The combined {@code verdict.json} at the top of a watch of several targets. It keeps the fields a
 * reader of a one-target verdict looks at first, so scripts (and the soak run) read it the same
 * way: {@code formatVersion}, {@code outcome}, {@code reason}, {@code run} (schedule, command,
 * command exit code and log, identity), {@code resources} (every target's resources, each id
 * prefixed {@code NAME/}, with {@code target}) and {@code stoppedEarlyAtMs}; and adds {@code
 * targets}: one object per target ({@code name}, {@code connection}, {@code folder}, {@code
 * outcome}, {@code reason}, {@code failingResources}, {@code suspects}, {@code death}, {@code
 * stoppedEarlyAtMs}). A {@code targets} array is what tells it from a one-target verdict.
 */
public final class CombinedVerdictJson {
  /** The field that holds the targets, and marks a combined verdict. */
  public static final String TARGETS = "targets";

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Whether a {@code verdict.json} tree is the combined verdict of several targets. */
  public static boolean isCombined(JsonNode root) {
    return root.path(TARGETS).isArray();
  }

  /**
   * Writes the combined verdict.
   *
   * @param run the run's metadata (of any target: they share the schedule and the command), whose
   *     target-specific fields are left out
   * @param commandLog the command's output file relative to the combined verdict's folder, or null
   */
  public void write(CombinedVerdict verdict, RunInfo run, String commandLog, Path file)
      throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.put(RunVerdictJson.FORMAT_VERSION_FIELD, RunVerdictJson.FORMAT_VERSION);
    root.put("outcome", verdict.outcome().name());
    root.put("reason", verdict.reason());
    ObjectNode runNode = root.putObject("run");
    runNode.put("startMs", verdict.startMs());
    putLong(runNode, "endMs", verdict.endMs());
    runNode.put("warmupMs", run.warmupMs());
    putLong(runNode, "plannedDurationMs", run.plannedDurationMs());
    runNode.put("intervalMs", run.intervalMs());
    runNode.put("liveProbeIntervalMs", run.liveProbeIntervalMs());
    runNode.put("targetCount", verdict.targets().size());
    runNode.set("command", mapper.valueToTree(run.command()));
    if (run.commandExitCode() == null) {
      runNode.putNull("commandExitCode");
    } else {
      runNode.put("commandExitCode", run.commandExitCode());
    }
    runNode.put("commandLog", run.command() == null ? null : commandLog);
    runNode.put("analyzerHost", run.analyzerHost());
    runNode.put("analyzerVersion", run.analyzerVersion());
    runNode.set("identity", mapper.valueToTree(run.identity()));
    ArrayNode targets = root.putArray(TARGETS);
    ArrayNode resources = root.putArray("resources");
    for (TargetVerdict target : verdict.targets()) {
      ObjectNode node = targets.addObject();
      node.put("name", target.name());
      node.put("connection", target.connection());
      node.put("folder", target.folder());
      node.put("outcome", target.outcome().name());
      node.put("reason", target.reason());
      node.set("failingResources", mapper.valueToTree(target.failingResources()));
      node.set("suspects", mapper.valueToTree(target.suspects()));
      node.put("death", target.death());
      putLong(node, "stoppedEarlyAtMs", target.stoppedEarlyAtMs());
      for (TargetVerdict.Resource resource : target.resources()) {
        ObjectNode line = resources.addObject();
        line.put("resource", target.name() + "/" + resource.resource());
        line.put("target", target.name());
        line.put("targetResource", resource.resource());
        line.put("outcome", resource.outcome().name());
        line.put("reason", resource.reason());
        line.put("warning", resource.warning());
      }
    }
    putLong(root, "stoppedEarlyAtMs", verdict.stoppedEarlyAtMs());
    mapper.writeValue(file.toFile(), root);
  }

  /** Reads a combined verdict written by {@link #write}. */
  public CombinedVerdict read(Path file) throws IOException {
    return read(mapper.readTree(file.toFile()));
  }

  /**
   * Reads a combined verdict from its tree.
   *
   * @throws IOException when the tree is not a combined verdict
   */
  public CombinedVerdict read(JsonNode root) throws IOException {
    if (!isCombined(root)) {
      throw new IOException("not the combined verdict of several targets (no 'targets' array)");
    }
    List<TargetVerdict> targets = new ArrayList<>();
    for (JsonNode node : root.path(TARGETS)) {
      String name = node.path("name").asText();
      List<TargetVerdict.Resource> resources = new ArrayList<>();
      for (JsonNode line : root.path("resources")) {
        if (line.path("target").asText().equals(name)) {
          resources.add(
              new TargetVerdict.Resource(
                  line.path("targetResource").asText(),
                  Outcome.valueOf(line.path("outcome").asText()),
                  line.path("reason").asText(""),
                  text(line.path("warning"))));
        }
      }
      targets.add(
          new TargetVerdict(
              name,
              text(node.path("connection")),
              node.path("folder").asText(),
              Outcome.valueOf(node.path("outcome").asText()),
              node.path("reason").asText(""),
              strings(node.path("failingResources")),
              strings(node.path("suspects")),
              text(node.path("death")),
              node.path("stoppedEarlyAtMs").isNumber()
                  ? node.path("stoppedEarlyAtMs").asLong()
                  : null,
              resources));
    }
    JsonNode run = root.path("run");
    return new CombinedVerdict(
        Outcome.valueOf(root.path("outcome").asText()),
        root.path("reason").asText(""),
        targets,
        run.path("startMs").asLong(),
        run.path("endMs").isNumber() ? run.path("endMs").asLong() : null,
        root.path("stoppedEarlyAtMs").isNumber() ? root.path("stoppedEarlyAtMs").asLong() : null);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }

  private static void putLong(ObjectNode node, String field, Long value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
