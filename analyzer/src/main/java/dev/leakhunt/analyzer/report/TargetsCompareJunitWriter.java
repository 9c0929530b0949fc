package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.compare.TargetsComparison;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders the combined {@code junit-compare.xml} of two runs of several targets: one case per
 * target, {@code NAME/comparison}, failed when that target regressed (each target's own {@code
 * junit-compare.xml} has one case per figure).
 */
public final class TargetsCompareJunitWriter {

  /** Writes the report. */
  public void write(TargetsComparison comparison, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", CompareJunitWriter.SUITE);
      xml.writeAttribute("tests", Integer.toString(comparison.targets().size()));
      xml.writeAttribute(
          "failures",
          Long.toString(
              comparison.targets().stream()
                  .filter(t -> t.outcome() == dev.leakhunt.contract.run.Outcome.FAIL)
                  .count()));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute(
          "skipped",
          Long.toString(
              comparison.targets().stream()
                  .filter(t -> t.outcome() == dev.leakhunt.contract.run.Outcome.INCONCLUSIVE)
                  .count()));
      xml.writeCharacters("\n");
      for (TargetsComparison.Target target : comparison.targets()) {
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", CompareJunitWriter.SUITE + "." + target.name());
        xml.writeAttribute("name", target.name() + "/comparison");
        xml.writeAttribute("time", "0");
        switch (target.outcome()) {
          case FAIL -> {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", "Regression");
            xml.writeAttribute("message", target.reason());
            xml.writeCharacters(target.reason());
            xml.writeEndElement();
          }
          case INCONCLUSIVE -> {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", target.reason());
          }
          case PASS -> {
            xml.writeStartElement("system-out");
            xml.writeCharacters(target.reason());
            xml.writeEndElement();
          }
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
