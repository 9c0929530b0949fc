package dev.leakhunt.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.verdict.FixtureVerdicts;
import dev.leakhunt.analyzer.verdict.RunVerdict;
import dev.leakhunt.contract.verdict.TargetDeath;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitXmlWriterTest {
  @TempDir Path dir;

  private Document write(RunVerdict verdict) throws Exception {
    Path file = dir.resolve("junit.xml");
    new JunitXmlWriter().write(verdict, file);
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  @Test
  void oneTestCasePerResourcePlusTheTargetWithFailuresAndSkips() throws Exception {
    Document xml = write(FixtureVerdicts.failingRun());

    Element suite = xml.getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("4");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    assertThat(suite.getAttribute("time")).isEqualTo("600.000");
    NodeList cases = xml.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(4);
    Element heap = (Element) cases.item(0);
    assertThat(heap.getAttribute("name")).isEqualTo("heap.live");
    Element failure = (Element) heap.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo("heap.live grows 300 MiB/h, above the 5.12 MiB/h limit; full in 35 min.");
    Element mapped = (Element) cases.item(2);
    assertThat(mapped.getElementsByTagName("skipped").getLength()).isEqualTo(1);
    Element target = (Element) cases.item(3);
    assertThat(target.getAttribute("name")).isEqualTo("target");
    assertThat(target.getElementsByTagName("failure").getLength()).isZero();
  }

  @Test
  void deadTargetIsAFailedTestCaseWithTheReason() throws Exception {
    RunVerdict run = FixtureVerdicts.failingRun();
    RunVerdict dead =
        new RunVerdict(
            run.outcome(),
            run.reason(),
            run.run(),
            run.resources(),
            run.gaps(),
            TargetDeath.of(
                FixtureVerdicts.START_MS, "process-exited", 250 * 1024 * 1024, 256 * 1024 * 1024),
            run.gcPauses());

    Document xml = write(dead);

    assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("2");
    Element target = (Element) xml.getElementsByTagName("testcase").item(3);
    Element failure = (Element) target.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("TargetDied");
    assertThat(failure.getAttribute("message"))
        .isEqualTo(
            "target died at 2026-09-21 14:13:20Z (process exited), last live heap 250 MiB of"
                + " max 256 MiB");
  }
}
