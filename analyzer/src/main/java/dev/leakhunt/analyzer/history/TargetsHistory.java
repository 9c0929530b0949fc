package dev.leakhunt.analyzer.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history of runs of several targets, target by target: each target name's runs (those that
 * have a target of that name) trended on their own, so a change point names the target that moved.
 *
 * @param targets one history per target name, in order of first appearance
 */
public record TargetsHistory(List<Target> targets) {
  public TargetsHistory {
    targets = List.copyOf(targets);
  }

  /**
   * One target's history.
   *
   * @param name the target's name
   * @param folder where its own history files are, relative to the combined ones
   * @param history its runs' history
   */
  public record Target(String name, String folder, RunHistory history) {}

  /**
   * Which runs hold each target name: the names in order of first appearance, each with the indexes
   * of the runs that have it.
   *
   * @param namesPerRun each run's target names, in the order the runs were given
   */
  public static Map<String, List<Integer>> match(List<List<String>> namesPerRun) {
    Map<String, List<Integer>> runsByName = new LinkedHashMap<>();
    for (int run = 0; run < namesPerRun.size(); run++) {
      for (String name : namesPerRun.get(run)) {
        runsByName.computeIfAbsent(name, ignored -> new ArrayList<>()).add(run);
      }
    }
    return runsByName;
  }

  /** Every change point, each with its target's name. */
  public List<String> changeLines() {
    List<String> lines = new ArrayList<>();
    for (Target target : targets) {
      for (ChangePoint change : target.history().changePoints()) {
        lines.add(ChangeLine.of(target.name(), change));
      }
    }
    return lines;
  }

  /**
   * Writes the combined {@code history.json}: per target its {@code name}, {@code folder}, {@code
   * runs} (how many had it) and {@code changePoints} (figure, run number, direction, last run
   * before and first after, why).
   */
  public void writeJson(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ArrayNode array = root.putArray("targets");
    for (Target target : targets) {
      ObjectNode node = array.addObject();
      node.put("name", target.name());
      node.put("folder", target.folder());
      node.put("runs", target.history().runs().size());
      ArrayNode changes = node.putArray("changePoints");
      for (ChangePoint change : target.history().changePoints()) {
        ObjectNode line = changes.addObject();
        line.put("figure", change.label());
        line.put("run", change.runIndex() + 1);
        line.put("direction", change.direction().name());
        line.put("lastBefore", change.lastBefore());
        line.put("firstAfter", change.firstAfter());
        line.put("why", change.why());
      }
    }
    mapper.writeValue(file.toFile(), root);
  }
}
