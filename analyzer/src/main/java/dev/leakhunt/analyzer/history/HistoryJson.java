package dev.leakhunt.analyzer.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakhunt.analyzer.evidence.KeyFigure;
import dev.leakhunt.analyzer.evidence.RunEvidence;
import dev.leakhunt.analyzer.verdict.RunVerdictJson;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@code history.json}: the runs in start order (folder, label, tags, verdict), each figure
 * with its value and interval per run (null where a run lacks it) and its change points, then every
 * change point in run order with the range to bisect.
 */
public final class HistoryJson {
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Writes the history to {@code file}. */
  public void write(RunHistory history, Path file) throws IOException {
    mapper.writeValue(file.toFile(), toTree(history));
  }

  ObjectNode toTree(RunHistory history) {
    ObjectNode root = mapper.createObjectNode();
    root.put(RunVerdictJson.FORMAT_VERSION_FIELD, RunVerdictJson.FORMAT_VERSION);
    ArrayNode runs = root.putArray("runs");
    for (int i = 0; i < history.runs().size(); i++) {
      RunEvidence run = history.runs().get(i);
      ObjectNode node = runs.addObject();
      node.put("index", i);
      node.put("dir", run.dir().toString());
      node.put("label", run.label());
      node.put("startMs", run.verdict().run().startMs());
      node.put("outcome", run.verdict().outcome().name());
      node.put("reason", run.verdict().reason());
      node.put("formatVersion", run.formatVersion());
      node.set("tags", mapper.valueToTree(run.verdict().run().identity().tags()));
      node.set("notes", mapper.valueToTree(run.notes()));
    }
    ArrayNode figures = root.putArray("figures");
    for (FigureHistory figure : history.figures()) {
      ObjectNode node = figures.addObject();
      node.put("id", figure.id());
      node.put("label", figure.label());
      node.put("kind", figure.kind().name());
      node.put("unit", figure.unit());
      ArrayNode values = node.putArray("perRun");
      for (KeyFigure value : figure.perRun()) {
        if (value == null) {
          values.addNull();
        } else {
          ObjectNode point = values.addObject();
          putNumber(point, "value", value.value());
          putNumber(point, "lower", value.lower());
          putNumber(point, "upper", value.upper());
        }
      }
      node.set("changePoints", mapper.valueToTree(figure.changePoints()));
    }
    root.set("changePoints", mapper.valueToTree(history.changePoints()));
    return root;
  }

  private static void putNumber(ObjectNode node, String field, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
