package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.targets.CombinedVerdict;
import dev.leakhunt.analyzer.targets.TargetVerdict;
import dev.leakhunt.contract.junit.JunitXml;
import dev.leakhunt.contract.run.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders the combined {@code junit.xml} of a watch of several targets: one test suite per target,
 * named after it, whose cases are its judged resources ({@code NAME/heap.live}: a leak is a
 * failure, too little data is skipped) plus a {@code NAME/target} case that fails when that target
 * died; so CI shows which instance leaks.
 */
public final class TargetsJunitWriter {

  /** Writes the report. */
  public void write(CombinedVerdict verdict, Path file) throws IOException {
    JunitXml.writeFile(file, xml -> write(verdict, xml));
  }

  private static void write(CombinedVerdict verdict, XMLStreamWriter xml)
      throws XMLStreamException {
    long endMs = verdict.endMs() != null ? verdict.endMs() : verdict.startMs();
    String seconds = String.format(Locale.ROOT, "%.3f", (endMs - verdict.startMs()) / 1000.0);
    xml.writeStartElement("testsuites");
    xml.writeAttribute("name", "leakhunt");
    xml.writeCharacters("\n");
    for (TargetVerdict target : verdict.targets()) {
      long failures =
          target.resources().stream().filter(r -> r.outcome() == Outcome.FAIL).count()
              + (target.death() != null ? 1 : 0);
      long skipped =
          target.resources().stream().filter(r -> r.outcome() == Outcome.INCONCLUSIVE).count();
      JunitXml.startSuite(xml, target.name(), target.resources().size() + 1L, failures, skipped);
      xml.writeAttribute("time", seconds);
      xml.writeCharacters("\n");
      xml.writeStartElement("properties");
      JunitXml.property(xml, "outcome", target.outcome().name());
      JunitXml.property(xml, "reason", target.reason());
      JunitXml.property(xml, "target", target.connection());
      JunitXml.property(xml, "folder", target.folder());
      xml.writeEndElement();
      xml.writeCharacters("\n");
      for (TargetVerdict.Resource resource : target.resources()) {
        testCase(
            xml,
            target.name(),
            resource.resource(),
            resource.outcome(),
            resource.warning() != null
                ? "WARNING: " + resource.warning() + " " + resource.reason()
                : resource.reason());
      }
      if (target.death() != null) {
        testCase(xml, target.name(), "target", Outcome.FAIL, target.death());
      } else {
        testCase(xml, target.name(), "target", Outcome.PASS, "the target outlived the run");
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static void testCase(
      XMLStreamWriter xml, String target, String name, Outcome outcome, String message)
      throws XMLStreamException {
    JunitXmlWriter.testCase(xml, "leakhunt." + target, target + "/" + name, name, outcome, message);
  }
}
