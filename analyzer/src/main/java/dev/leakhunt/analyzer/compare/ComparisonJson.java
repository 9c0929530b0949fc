package dev.leakhunt.analyzer.compare;

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
 * Writes {@code compare.json}: the comparison's outcome and reason, both runs' identities, the
 * rules, and per figure both values with their intervals, the difference and the judgement. NaN
 * figures are null.
 */
public final class ComparisonJson {
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Writes the comparison to {@code file}. */
  public void write(RunComparison comparison, Path file) throws IOException {
    mapper.writeValue(file.toFile(), toTree(comparison));
  }

  ObjectNode toTree(RunComparison comparison) {
    ObjectNode root = mapper.createObjectNode();
    root.put(RunVerdictJson.FORMAT_VERSION_FIELD, RunVerdictJson.FORMAT_VERSION);
    root.put("outcome", comparison.outcome().name());
    root.put("reason", comparison.reason());
    root.set("baseline", runTree(comparison.baseline()));
    root.set("run", runTree(comparison.run()));
    ObjectNode rules = root.putObject("rules");
    RegressionRules r = comparison.rules();
    rules.put("slopeDeltaBytesPerHour", r.slopeDeltaBytesPerHour());
    rules.put("slopeDeltaCountPerHour", r.slopeDeltaCountPerHour());
    rules.set("slopeDeltaByResource", mapper.valueToTree(r.slopeDeltaByResource()));
    rules.put("latencyIncreaseFraction", r.latencyIncreaseFraction());
    rules.put("latencyMinIncreaseMs", r.latencyMinIncreaseMs());
    rules.put("errorRateIncreasePoints", r.errorRateIncreasePoints());
    ArrayNode figures = root.putArray("figures");
    for (FigureComparison figure : comparison.figures()) {
      ObjectNode node = figures.addObject();
      node.put("id", figure.id());
      node.put("label", figure.label());
      node.put("kind", figure.any().kind().name());
      node.put("unit", figure.any().unit());
      node.set("baseline", figureTree(figure.baseline()));
      node.set("run", figureTree(figure.run()));
      putNumber(node, "difference", figure.difference());
      putNumber(node, "practicalDelta", figure.practicalDelta());
      node.put("change", figure.change().name());
      node.put("why", figure.why());
    }
    root.set("classGrowth", mapper.valueToTree(comparison.classGrowth()));
    root.set("newFingerprints", mapper.valueToTree(comparison.newFingerprints()));
    root.set("notes", mapper.valueToTree(comparison.notes()));
    return root;
  }

  private ObjectNode runTree(RunEvidence run) {
    ObjectNode node = mapper.createObjectNode();
    node.put("dir", run.dir().toString());
    node.put("label", run.label());
    node.put("formatVersion", run.formatVersion());
    node.put("outcome", run.verdict().outcome().name());
    node.put("startMs", run.verdict().run().startMs());
    if (run.verdict().run().endMs() != null) {
      node.put("endMs", run.verdict().run().endMs());
    }
    node.set("identity", mapper.valueToTree(run.verdict().run().identity()));
    return node;
  }

  private ObjectNode figureTree(KeyFigure figure) {
    if (figure == null) {
      return null;
    }
    ObjectNode node = mapper.createObjectNode();
    putNumber(node, "value", figure.value());
    putNumber(node, "lower", figure.lower());
    putNumber(node, "upper", figure.upper());
    return node;
  }

  private static void putNumber(ObjectNode node, String field, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
