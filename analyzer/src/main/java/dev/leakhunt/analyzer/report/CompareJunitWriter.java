package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.compare.Change;
import dev.leakhunt.analyzer.compare.FigureComparison;
import dev.leakhunt.analyzer.compare.RunComparison;
import java.io.IOException;
import java.nio.file.Path;
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

  /** Writes the report. */
  public void write(RunComparison comparison, Path file) throws IOException {
    JunitXmlWriter.writeFile(file, xml -> write(comparison, xml));
  }

  private static void write(RunComparison comparison, XMLStreamWriter xml)
      throws XMLStreamException {
    var ruled = comparison.figures().stream().filter(f -> f.any().kind().ruled()).toList();
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", SUITE);
    xml.writeAttribute("tests", Integer.toString(ruled.size()));
    xml.writeAttribute(
        "failures",
        Long.toString(ruled.stream().filter(f -> f.change() == Change.REGRESSION).count()));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute(
        "skipped",
        Long.toString(ruled.stream().filter(f -> f.change() == Change.NOT_COMPARABLE).count()));
    xml.writeCharacters("\n");
    xml.writeStartElement("properties");
    property(xml, "outcome", comparison.outcome().name());
    property(xml, "reason", comparison.reason());
    property(xml, "baseline", comparison.baseline().label());
    property(xml, "run", comparison.run().label());
    xml.writeEndElement();
    xml.writeCharacters("\n");
    for (FigureComparison figure : ruled) {
      xml.writeCharacters("  ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", SUITE);
      xml.writeAttribute("name", figure.label());
      xml.writeAttribute("time", "0");
      switch (figure.change()) {
        case REGRESSION -> {
          xml.writeStartElement("failure");
          xml.writeAttribute("type", "Regression");
          xml.writeAttribute("message", figure.why());
          xml.writeCharacters(figure.why());
          xml.writeEndElement();
        }
        case NOT_COMPARABLE -> {
          xml.writeEmptyElement("skipped");
          xml.writeAttribute("message", figure.why());
        }
        default -> {
          xml.writeStartElement("system-out");
          xml.writeCharacters(figure.change().name() + ": " + figure.why());
          xml.writeEndElement();
        }
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
  }

  private static void property(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", value == null ? "" : value);
  }
}
