package dev.leakhunt.soak.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.soak.verdict.CheckResult;
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
}
