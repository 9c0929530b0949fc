package dev.leakhunt.soak.report;

import dev.leakhunt.soak.verdict.CheckResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes checks as a JUnit XML test suite (one test case per check) so Jenkins marks the build and
 * keeps the trend per check.
 */
public final class JunitXmlWriter {
  private JunitXmlWriter() {}

  /** Writes {@code checks} as suite {@code leakhunt.<suiteName>} to {@code file}. */
  public static void write(String suiteName, List<CheckResult> checks, Path file)
      throws IOException {
    long failures = checks.stream().filter(CheckResult::failed).count();
    long skipped =
        checks.stream().filter(check -> check.status() == CheckResult.Status.SKIPPED).count();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "leakhunt." + suiteName);
      xml.writeAttribute("tests", Integer.toString(checks.size()));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", Long.toString(skipped));
      for (CheckResult check : checks) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "leakhunt." + suiteName);
        xml.writeAttribute("name", check.name());
        switch (check.status()) {
          case FAILED -> {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", check.message());
            xml.writeCharacters(check.message());
            xml.writeEndElement();
          }
          case SKIPPED -> {
            xml.writeStartElement("skipped");
            xml.writeAttribute("message", check.message());
            xml.writeEndElement();
          }
          case PASSED -> {
            xml.writeStartElement("system-out");
            xml.writeCharacters(check.message());
            xml.writeEndElement();
          }
        }
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML to " + file, e);
    }
  }
}
