package dev.leakhunt.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.diagnosis.RealOutputs;
import dev.leakhunt.analyzer.diagnosis.model.Diagnosis;
import org.junit.jupiter.api.Test;

class SuspectsSectionTest {
  @Test
  void suspectsTableShowsEachSuspectsStackAndRootPathEscaped() {
    String html = SuspectsSection.render(RealOutputs.heapLeakDiagnosis());
    assertThat(html)
        .contains("<table class=\"suspects\">")
        .contains("<b>dev.leakhunt.analyzer.sampler.diagnosis.LeakedOrder</b>")
        .contains("+1.07 GiB/h")
        .contains(
            "<pre class=\"stack\">dev.leakhunt.analyzer.sampler.diagnosis.LeakedOrder.&lt;init&gt;:10\n"
                + "dev.leakhunt.analyzer.sampler.diagnosis.OrderFactory.newOrder:8\n")
        .contains(
            "held by <code>byte[] &lt;- LeakedOrder.payload &lt;- Object[] &lt;-"
                + " ArrayList.elementData &lt;- static LeakyProgram.RETAINED_ORDERS</code>")
        .contains("<a href=\"old-objects.jfr\">")
        .contains("/tmp/heap-1.hprof")
        .contains("class histogram at run-end: 47 ms on the target")
        .contains("thread dumps were turned off (--no-thread-dumps)")
        .doesNotContain("<init>");
    // One suspect (the orders' byte[] payloads are part of its trace): one stack.
    assertThat(html.split("<pre class=\"stack\">", -1)).hasSize(2);
  }

  @Test
  void diagnosisWithoutSuspectsSaysSo() {
    Diagnosis clean = RealOutputs.heapLeakDiagnosis();
    clean =
        new Diagnosis(
            java.util.List.of(),
            clean.classGrowth(),
            clean.oldObjectGroups(),
            clean.oldObjectTriage(),
            clean.threadGroups(),
            clean.classLoaders(),
            clean.classDefinitions(),
            clean.descriptors(),
            clean.directMemory(),
            clean.histograms(),
            clean.jfrFile(),
            null,
            clean.notes());
    assertThat(SuspectsSection.render(clean))
        .contains("No suspect named")
        .doesNotContain("<table class=\"suspects\">");
  }

  @Test
  void verdictWithoutDiagnosisSaysSo() {
    assertThat(SuspectsSection.render(null)).contains("No diagnosis in this verdict");
  }
}
