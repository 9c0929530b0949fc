package dev.leakhunt.analyzer.diagnosis.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leakhunt.analyzer.diagnosis.RealOutputs;
import dev.leakhunt.analyzer.diagnosis.model.ClassHistogram;
import dev.leakhunt.analyzer.diagnosis.model.HistogramRow;
import org.junit.jupiter.api.Test;

class ClassHistogramParserTest {
  @Test
  void realHistogramGivesEveryRowAndTheJvmsTotals() {
    ClassHistogram h = RealOutputs.histogramAtWarmupEnd();
    assertThat(h.rows()).hasSize(878);
    assertThat(h.totalInstances()).isEqualTo(84_995);
    assertThat(h.totalBytes()).isEqualTo(11_319_192);
    assertThat(h.rows().stream().mapToLong(HistogramRow::bytes).sum()).isEqualTo(h.totalBytes());
    assertThat(h.rows().stream().mapToLong(HistogramRow::instances).sum())
        .isEqualTo(h.totalInstances());
    assertThat(h.takenAtMs()).isEqualTo(1_000);
    assertThat(h.durationMs()).isEqualTo(31);
  }

  @Test
  void jvmNamesBecomeSourceNamesAndModuleColumnIsDropped() {
    ClassHistogram h = RealOutputs.histogramAtWarmupEnd();
    assertThat(h.rows().get(0)).isEqualTo(new HistogramRow("byte[]", 28_178, 9_120_504));
    assertThat(h.rows().get(1))
        .isEqualTo(
            new HistogramRow(
                "dev.leakhunt.analyzer.sampler.diagnosis.LeakedOrder", 16_200, 388_800));
    assertThat(h.byClassName()).containsKeys("java.lang.Object[]", "java.lang.Object[][]");
    assertThat(h.byClassName().get("java.lang.String").instances()).isEqualTo(11_825);
  }

  @Test
  void sameClassFromTwoLoadersIsSummed() {
    String text =
        """
         num     #instances         #bytes  class name (module)
        -------------------------------------------------------
           1:            10            240  com.example.Plugin
           2:             5            120  com.example.Plugin
        Total            15            360
        """;
    assertThat(ClassHistogramParser.parse(text, 0, 0).byClassName().get("com.example.Plugin"))
        .isEqualTo(new HistogramRow("com.example.Plugin", 15, 360));
  }

  @Test
  void outputWithoutRowsIsRejectedNamingWhatCame() {
    assertThatThrownBy(() -> ClassHistogramParser.parse("Permission denied\n", 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Total' line")
        .hasMessageContaining("'Permission denied'");
  }
}
