package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.verdict.ResourceVerdict;
import dev.leakhunt.analyzer.verdict.RunJudge;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.contract.junit.JunitXml;
import dev.leakhunt.contract.run.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
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
    JunitXml.writeFile(file, xml -> write(verdict, xml));
  }

  private static void write(RunVerdict verdict, XMLStreamWriter xml) throws XMLStreamException {
    long failures =
        verdict.resources().stream().filter(v -> v.outcome() == Outcome.FAIL).count()
            + (verdict.targetDeath() != null ? 1 : 0);
    long skipped =
        verdict.resources().stream().filter(v -> v.outcome() == Outcome.INCONCLUSIVE).count();
    long endMs = verdict.run().endMs() != null ? verdict.run().endMs() : verdict.run().startMs();
    JunitXml.startSuite(xml, "leakhunt", verdict.resources().size() + 1L, failures, skipped);
    xml.writeAttribute(
        "time", String.format(Locale.ROOT, "%.3f", (endMs - verdict.run().startMs()) / 1000.0));
    xml.writeCharacters("\n");
    xml.writeStartElement("properties");
    JunitXml.property(xml, "outcome", verdict.outcome().name());
    JunitXml.property(xml, "reason", verdict.reason());
    JunitXml.property(xml, "target", verdict.run().connection());
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
    JunitXml.testCase(
        xml, className, name, outcome, resource.equals("target") ? "TargetDied" : "Leak", message);
  }
}
