package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.verdict.ResourceVerdict;
import dev.leakhunt.analyzer.verdict.RunJudge;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.contract.run.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders {@code junit.xml}: one test case per judged resource (a leak is a failure, too little
 * data is skipped) plus a {@code target} case that fails when the target died, so CI servers show
 * each resource as a test.
 */
public final class JunitXmlWriter {

  /** Writes the report. */
  public void write(RunVerdict verdict, Path file) throws IOException {
    writeFile(file, xml -> write(verdict, xml));
  }

  /** What one JUnit report writes between opening its file and closing it. */
  interface XmlBody {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  /** Opens {@code file}, has {@code body} write the document, closes it; one error line if not. */
  static void writeFile(Path file, XmlBody body) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      body.write(xml);
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void write(RunVerdict verdict, XMLStreamWriter xml) throws XMLStreamException {
    long failures =
        verdict.resources().stream().filter(v -> v.outcome() == Outcome.FAIL).count()
            + (verdict.targetDeath() != null ? 1 : 0);
    long skipped =
        verdict.resources().stream().filter(v -> v.outcome() == Outcome.INCONCLUSIVE).count();
    long endMs = verdict.run().endMs() != null ? verdict.run().endMs() : verdict.run().startMs();
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", "leakhunt");
    xml.writeAttribute("tests", Long.toString(verdict.resources().size() + 1L));
    xml.writeAttribute("failures", Long.toString(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", Long.toString(skipped));
    xml.writeAttribute(
        "time", String.format(Locale.ROOT, "%.3f", (endMs - verdict.run().startMs()) / 1000.0));
    xml.writeCharacters("\n");
    xml.writeStartElement("properties");
    property(xml, "outcome", verdict.outcome().name());
    property(xml, "reason", verdict.reason());
    property(xml, "target", verdict.run().connection());
    xml.writeEndElement();
    xml.writeCharacters("\n");
    for (ResourceVerdict resource : verdict.resources()) {
      testCase(
          xml,
          resource.resource(),
          resource.outcome(),
          resource.hasWarning()
              ? "WARNING: " + resource.warning() + " " + resource.reason()
              : resource.reason());
    }
    if (verdict.targetDeath() != null) {
      testCase(xml, "target", Outcome.FAIL, RunJudge.deathSentence(verdict.targetDeath()));
    } else {
      testCase(xml, "target", Outcome.PASS, "the target outlived the run");
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
  }

  private static void testCase(XMLStreamWriter xml, String name, Outcome outcome, String message)
      throws XMLStreamException {
    testCase(xml, "leakhunt.resources", name, name, outcome, message);
  }

  /**
   * One test case per judged resource (or the target): FAIL a failure, INCONCLUSIVE skipped with
   * its reason, PASS the reason as output. Shared with the combined file of several targets.
   *
   * @param resource the resource id, or {@code target}, which decides the failure's type
   */
  static void testCase(
      XMLStreamWriter xml,
      String className,
      String name,
      String resource,
      Outcome outcome,
      String message)
      throws XMLStreamException {
    xml.writeCharacters("  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", className);
    xml.writeAttribute("name", name);
    xml.writeAttribute("time", "0");
    switch (outcome) {
      case FAIL -> {
        xml.writeStartElement("failure");
        xml.writeAttribute("type", resource.equals("target") ? "TargetDied" : "Leak");
        xml.writeAttribute("message", message);
        xml.writeCharacters(message);
        xml.writeEndElement();
      }
      case INCONCLUSIVE -> {
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", message);
      }
      case PASS -> {
        xml.writeStartElement("system-out");
        xml.writeCharacters(message);
        xml.writeEndElement();
      }
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", value == null ? "" : value);
  }
}
