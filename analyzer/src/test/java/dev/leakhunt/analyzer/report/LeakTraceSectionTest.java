package dev.leakhunt.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.diagnosis.RealOutputs;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import dev.leakhunt.analyzer.verdict.FixtureVerdicts;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeakTraceSectionTest {
  private final Diagnosis records = RealOutputs.diagnosis("records", Set.of("heap.live"));

  @Test
  void traceReadsFromTheRootDownWithAccumulationPointAndOwnerMarked() {
    String html = LeakTraceSection.render(records);
    assertThat(html)
        .contains("<h2>Leak trace</h2>")
        .contains(
            "1. <b>RecordsWorkload$Record</b> piles up at <code>static RecordsWorkload.RETAINED"
                + "</code>, allocated at <code class=\"frame\">RecordsWorkload.retainRecord:41"
                + "</code>; ")
        .contains(
            "<pre class=\"stack trace\">\u252c GC root: static field RecordsWorkload.RETAINED\n"
                + "\u251c\u2500 static RecordsWorkload.RETAINED   \u25c0 accumulation point:"
                + " keeps growing\n"
                + "\u251c\u2500 ArrayList.elementData\n"
                + "\u251c\u2500 Object[]\n"
                + "\u251c\u2500 RecordsWorkload$Record.payload   \u25c0 owner"
                + " RecordsWorkload$Record\n"
                + "\u2570\u2192 byte[]   (leaking)\n"
                + "</pre>")
        .contains("fingerprint " + records.suspects().get(0).trace().fingerprint());
  }

  @Test
  void reportLeadsWithTheTraceBeforeAnyTable() {
    String html =
        new HtmlReportWriter()
            .render(
                FixtureVerdicts.failingRun(),
                Map.of("heap.live", FixtureVerdicts.heapPoints()),
                records);
    int trace = html.indexOf("<h2>Leak trace</h2>");
    assertThat(trace).isPositive().isLessThan(html.indexOf("<table"));
  }

  @Test
  void noTraceNoSection() {
    assertThat(LeakTraceSection.render(null)).isEmpty();
    assertThat(LeakTraceSection.render(RealOutputs.diagnosis("records-clean", Set.of("heap.live"))))
        .isEmpty();
  }
}
