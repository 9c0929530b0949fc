package dev.leakhunt.analyzer.report;

import dev.leakhunt.analyzer.compare.TargetsComparison;
import dev.leakhunt.contract.junit.JunitXml;
import dev.leakhunt.contract.run.Outcome;
import java.io.IOException;
import java.nio.file.Path;
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
    JunitXml.writeFile(file, xml -> write(comparison, xml));
  }

  private static void write(TargetsComparison comparison, XMLStreamWriter xml)
      throws XMLStreamException {
    JunitXml.startSuite(
        xml,
        CompareJunitWriter.SUITE,
        comparison.targets().size(),
        count(comparison, Outcome.FAIL),
        count(comparison, Outcome.INCONCLUSIVE));
    xml.writeCharacters("\n");
    for (TargetsComparison.Target target : comparison.targets()) {
      JunitXml.testCase(
          xml,
          CompareJunitWriter.SUITE + "." + target.name(),
          target.name() + "/comparison",
          target.outcome(),
          CompareJunitWriter.FAILURE_TYPE,
          target.reason());
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static long count(TargetsComparison comparison, Outcome outcome) {
    return comparison.targets().stream().filter(t -> t.outcome() == outcome).count();
  }
}
