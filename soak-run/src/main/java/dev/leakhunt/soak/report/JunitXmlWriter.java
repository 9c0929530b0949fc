package dev.leakhunt.soak.report;

import dev.leakhunt.contract.junit.JunitXml;
import dev.leakhunt.soak.verdict.CheckResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
    JunitXml.writeFile(
        file,
        xml -> {
          JunitXml.startSuite(xml, "leakhunt." + suiteName, checks.size(), failures, skipped);
          for (CheckResult check : checks) {
            testCase(xml, "leakhunt." + suiteName, check);
          }
          xml.writeCharacters("\n");
          xml.writeEndElement();
        });
  }

  /**
   * One check's case, each on a line of its own: unlike the analyzer's cases it has no time, its
   * failure no type, and its skip is an element with an end tag.
   */
  private static void testCase(XMLStreamWriter xml, String className, CheckResult check)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", className);
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
}
