package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.compare.Change;
import dev.leakhunt.analyzer.compare.FigureComparison;
import dev.leakhunt.analyzer.compare.RunComparison;
import dev.leakhunt.contract.junit.JunitXml;
import dev.leakhunt.contract.run.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders {@code junit-compare.xml}: one test case per ruled figure, named by the figure, so CI
 * shows each regression as its own failed test (and an improvement or an unchanged figure as a pass
 * with its figures); a figure only one run has is skipped.
 */
public final class CompareJunitWriter {
  /** The suite's name, and the class name of its cases. */
  public static final String SUITE = "leakhunt.compare";

  /** The type of a failed comparison case. */
  static final String FAILURE_TYPE = "Regression";

  /** Writes the report. */
  public void write(RunComparison comparison, Path file) throws IOException {
    JunitXml.writeFile(file, xml -> write(comparison, xml));
  }

  private static void write(RunComparison comparison, XMLStreamWriter xml)
      throws XMLStreamException {
    List<FigureComparison> ruled =
        comparison.figures().stream().filter(f -> f.any().kind().ruled()).toList();
    JunitXml.startSuite(
        xml,
        SUITE,
        ruled.size(),
        ruled.stream().filter(f -> f.change() == Change.REGRESSION).count(),
        ruled.stream().filter(f -> f.change() == Change.NOT_COMPARABLE).count());
    xml.writeCharacters("\n");
    xml.writeStartElement("properties");
    JunitXml.property(xml, "outcome", comparison.outcome().name());
    JunitXml.property(xml, "reason", comparison.reason());
    JunitXml.property(xml, "baseline", comparison.baseline().label());
    JunitXml.property(xml, "run", comparison.run().label());
    xml.writeEndElement();
    xml.writeCharacters("\n");
    for (FigureComparison figure : ruled) {
      switch (figure.change()) {
        case REGRESSION -> testCase(xml, figure, Outcome.FAIL, figure.why());
        case NOT_COMPARABLE -> testCase(xml, figure, Outcome.INCONCLUSIVE, figure.why());
        default ->
            testCase(xml, figure, Outcome.PASS, figure.change().name() + ": " + figure.why());
      }
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static void testCase(
      XMLStreamWriter xml, FigureComparison figure, Outcome outcome, String message)
      throws XMLStreamException {
    JunitXml.testCase(xml, SUITE, figure.label(), outcome, FAILURE_TYPE, message);
  }
}
