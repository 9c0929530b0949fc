package dev.leakhunt.analyzer.diagnosis.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leakhunt.analyzer.diagnosis.RealOutputs;
import dev.leakhunt.analyzer.diagnosis.model.LoaderGrowth;
import dev.leakhunt.analyzer.diagnosis.model.LoaderTypeStats;
import dev.leakhunt.analyzer.diagnosis.rank.LoaderGrowthRanker;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassLoaderStatsParserTest {
  private static final String PLUGIN_LOADER =
      "dev.leakhunt.analyzer.sampler.diagnosis.PluginLoader";

  @Test
  void realStatisticsAreSummedPerLoaderTypeAndMatchTheJvmsTotal() {
    List<LoaderTypeStats> types = RealOutputs.loadersAtEnd();
    assertThat(types)
        .extracting(LoaderTypeStats::loaderType)
        .containsExactly(
            "<boot class loader>",
            PLUGIN_LOADER,
            "jdk.internal.loader.ClassLoaders$AppClassLoader",
            "jdk.internal.loader.ClassLoaders$PlatformClassLoader",
            "jdk.internal.reflect.DelegatingClassLoader",
            "sun.reflect.misc.MethodUtil");
    assertThat(types.get(1)).isEqualTo(new LoaderTypeStats(PLUGIN_LOADER, 1_235, 1_235, 940_288));
    // The command's own line: "Total = 1285"
    assertThat(types.stream().mapToLong(LoaderTypeStats::loaderCount).sum()).isEqualTo(1_285);
    // Hidden classes' continuation line is not a loader.
    assertThat(types.get(0))
        .isEqualTo(new LoaderTypeStats("<boot class loader>", 1, 2_429, 1_043_968));
  }

  @Test
  void growingPluginLoaderRanksFirstAndBootLoaderOnlyByClasses() {
    List<LoaderGrowth> growth =
        LoaderGrowthRanker.rank(
            RealOutputs.loadersAtWarmupEnd(), RealOutputs.loadersAtEnd(), 3_000);
    assertThat(growth)
        .extracting(LoaderGrowth::loaderType)
        .containsExactly(
            PLUGIN_LOADER,
            "jdk.internal.reflect.DelegatingClassLoader",
            "sun.reflect.misc.MethodUtil",
            "<boot class loader>");
    LoaderGrowth plugins = growth.get(0);
    assertThat(plugins.loadersBefore()).isEqualTo(390);
    assertThat(plugins.loadersGrowth()).isEqualTo(845);
    assertThat(plugins.classesGrowth()).isEqualTo(845);
    assertThat(plugins.metaspaceBytesGrowth()).isEqualTo(643_968);
    assertThat(plugins.loadersPerHour()).isCloseTo(845 * 1_200.0, within(1e-6));
  }

  @Test
  void textWithoutLoaderLinesIsRejected() {
    assertThatThrownBy(() -> ClassLoaderStatsParser.parse("Unknown diagnostic command\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Unknown diagnostic command'");
  }
}
