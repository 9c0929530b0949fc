package dev.leakhunt.soak.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.soak.verdict.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitXmlWriterTest {
  /** One passed, one failed (with characters XML escapes) and one skipped invariant. */
  private static Path writeThreeChecks(Path folder) throws Exception {
    Path file = folder.resolve("junit-invariants.xml");
    JunitXmlWriter.write(
        "invariants",
        List.of(
            CheckResult.passed("invariants", "stock-never-negative", "0 products"),
            CheckResult.of("invariants", "no-server-errors", false, "4 responses <5xx> & more"),
            CheckResult.skipped("invariants", "stats-readable", "external target")),
        file);
    return file;
  }

  @Test
  void checksBecomeTestCasesWithFailuresAndSkips(@TempDir Path folder) throws Exception {
    Path file = writeThreeChecks(folder);

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    Element suite = xml.getDocumentElement();
    assertThat(suite.getAttribute("name")).isEqualTo("leakhunt.invariants");
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    Element failure = (Element) xml.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("4 responses <5xx> & more");
    assertThat(((Element) failure.getParentNode()).getAttribute("name"))
        .isEqualTo("no-server-errors");
    assertThat(xml.getElementsByTagName("skipped").getLength()).isEqualTo(1);
  }

  /** The bytes Jenkins has read since the first release: written through the shared JunitXml. */
  @Test
  void theFileIsByteForByteTheSameAsBefore(@TempDir Path folder) throws Exception {
    Path file = writeThreeChecks(folder);
    JunitXmlWriter.write("slo", List.of(), folder.resolve("junit-slo.xml"));

    assertThat(Files.readString(file))
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite name=\"leakhunt.invariants\" tests=\"3\" failures=\"1\""
                + " errors=\"0\" skipped=\"1\">\n"
                + "  <testcase classname=\"leakhunt.invariants\" name=\"stock-never-negative\">"
                + "<system-out>0 products</system-out></testcase>\n"
                + "  <testcase classname=\"leakhunt.invariants\" name=\"no-server-errors\">"
                + "<failure message=\"4 responses &lt;5xx&gt; &amp; more\">4 responses &lt;5xx&gt;"
                + " &amp; more</failure></testcase>\n"
                + "  <testcase classname=\"leakhunt.invariants\" name=\"stats-readable\">"
                + "<skipped message=\"external target\"></skipped></testcase>\n"
                + "</testsuite>");
    assertThat(Files.readString(folder.resolve("junit-slo.xml")))
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite name=\"leakhunt.slo\" tests=\"0\" failures=\"0\" errors=\"0\""
                + " skipped=\"0\">\n"
                + "</testsuite>");
  }
}
