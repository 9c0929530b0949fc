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

  @Test
  void checksBecomeTestCasesWithFailuresAndSkips(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("junit-invariants.xml");
    JunitXmlWriter.write(
        "invariants",
        List.of(
            CheckResult.passed("invariants", "stock-never-negative", "0 products"),
            CheckResult.of("invariants", "no-server-errors", false, "4 responses <5xx> & more"),
            CheckResult.skipped("invariants", "stats-readable", "external target")),
        file);

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
    Path file = folder.resolve("junit-slo.xml");
    JunitXmlWriter.write(
        "slo",
        List.of(
            CheckResult.passed("slo", "p99", "p99 120 ms <= 500 ms"),
            CheckResult.of("slo", "errors", false, "2.5% > 1% <5xx> & \"more\""),
            CheckResult.skipped("slo", "gatling", "no report")),
        file);
    JunitXmlWriter.write("invariants", List.of(), folder.resolve("junit-invariants.xml"));

    assertThat(Files.readString(file))
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite name=\"leakhunt.slo\" tests=\"3\" failures=\"1\" errors=\"0\""
                + " skipped=\"1\">\n"
                + "  <testcase classname=\"leakhunt.slo\" name=\"p99\"><system-out>p99 120 ms"
                + " &lt;= 500 ms</system-out></testcase>\n"
                + "  <testcase classname=\"leakhunt.slo\" name=\"errors\"><failure"
                + " message=\"2.5% &gt; 1% &lt;5xx&gt; &amp; &quot;more&quot;\">2.5% &gt; 1%"
                + " &lt;5xx&gt; &amp; \"more\"</failure></testcase>\n"
                + "  <testcase classname=\"leakhunt.slo\" name=\"gatling\"><skipped"
                + " message=\"no report\"></skipped></testcase>\n"
                + "</testsuite>");
    assertThat(Files.readString(folder.resolve("junit-invariants.xml")))
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite name=\"leakhunt.invariants\" tests=\"0\" failures=\"0\""
                + " errors=\"0\" skipped=\"0\">\n"
                + "</testsuite>");
  }
}
