package dev.leakhunt.contract.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakhunt.contract.run.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JunitXmlTest {
  @TempDir Path dir;

  @Test
  void aSuiteWithOneCaseOfEachOutcomeIsWrittenInTheShapeCiServersRead() throws Exception {
    Path file = dir.resolve("junit.xml");

    JunitXml.writeFile(
        file,
        xml -> {
          JunitXml.startSuite(xml, "leakhunt", 3, 1, 1);
          xml.writeCharacters("\n");
          xml.writeStartElement("properties");
          JunitXml.property(xml, "outcome", "FAIL");
          JunitXml.property(xml, "reason", null);
          xml.writeEndElement();
          xml.writeCharacters("\n");
          JunitXml.testCase(xml, "c", "heap.live", Outcome.FAIL, "Leak", "grows <fast> & \"on\"");
          JunitXml.testCase(xml, "c", "threads", Outcome.INCONCLUSIVE, "Leak", "too short");
          JunitXml.testCase(xml, "c", "target", Outcome.PASS, "TargetDied", "outlived the run");
          xml.writeEndElement();
          xml.writeCharacters("\n");
        });

    assertThat(Files.readString(file))
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite name=\"leakhunt\" tests=\"3\" failures=\"1\" errors=\"0\""
                + " skipped=\"1\">\n"
                + "<properties><property name=\"outcome\" value=\"FAIL\"/><property"
                + " name=\"reason\" value=\"\"/></properties>\n"
                + "  <testcase classname=\"c\" name=\"heap.live\" time=\"0\"><failure"
                + " type=\"Leak\" message=\"grows &lt;fast&gt; &amp; &quot;on&quot;\">grows"
                + " &lt;fast&gt; &amp; \"on\"</failure></testcase>\n"
                + "  <testcase classname=\"c\" name=\"threads\" time=\"0\"><skipped"
                + " message=\"too short\"/></testcase>\n"
                + "  <testcase classname=\"c\" name=\"target\" time=\"0\"><system-out>outlived"
                + " the run</system-out></testcase>\n"
                + "</testsuite>\n");
  }

  @Test
  void anUnwritableFileIsOneErrorNamingIt() {
    Path file = dir.resolve("missing").resolve("junit.xml");

    assertThatThrownBy(() -> JunitXml.writeFile(file, xml -> {}))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString());
  }
}
