package dev.leakhunt.contract.junit;

import dev.leakhunt.contract.run.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The pieces every leakhunt JUnit XML report is written with (the analyzer's {@code junit.xml} and
 * {@code junit-compare.xml}, the soak run's {@code junit-slo.xml} and {@code
 * junit-invariants.xml}), so CI servers read one shape: a {@code testsuite} with its counts, its
 * {@code properties}, one {@code testcase} per judged thing.
 */
public final class JunitXml {
  private JunitXml() {}

  /** What one report writes between the XML declaration and the end of the document. */
  public interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  /**
   * Writes {@code file}: the UTF-8 declaration and a line break, what {@code body} writes, the end
   * of the document.
   *
   * @throws IOException naming the file when it cannot be written
   */
  public static void writeFile(Path file, Body body) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      body.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens a {@code testsuite} element with its counts ({@code errors} is always 0: an error of the
   * run is reported by its exit code); the caller may add attributes before its first child.
   */
  public static void startSuite(
      XMLStreamWriter xml, String name, long tests, long failures, long skipped)
      throws XMLStreamException {
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", name);
    xml.writeAttribute("tests", Long.toString(tests));
    xml.writeAttribute("failures", Long.toString(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", Long.toString(skipped));
  }

  /** One {@code property} of a suite; a null value is written empty. */
  public static void property(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", value == null ? "" : value);
  }

  /**
   * One indented {@code testcase} line: FAIL a {@code failure} of {@code failureType} with the
   * message, INCONCLUSIVE {@code skipped} with it, PASS the message as the case's output.
   */
  public static void testCase(
      XMLStreamWriter xml,
      String className,
      String name,
      Outcome outcome,
      String failureType,
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
        xml.writeAttribute("type", failureType);
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
}
