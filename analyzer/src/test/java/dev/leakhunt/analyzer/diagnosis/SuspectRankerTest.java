package dev.leakhunt.analyzer.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuspectRankerTest {
  private static final String LEAKED = "dev.leakhunt.analyzer.sampler.diagnosis.LeakedOrder";
  private final SuspectRanker ranker = new SuspectRanker(SuspectCriteria.defaults());
  private final List<ClassGrowth> growth =
      ClassGrowthRanker.rank(
          RealOutputs.histogramAtWarmupEnd(), RealOutputs.histogramAtEnd(), Integer.MAX_VALUE);
  private final List<OldObjectGroup> groups = RealOutputs.oldObjectGroups();

  @Test
  void heapLeakNamesApplicationClassFirstWithTheJfrGroupThatHoldsIt() {
    List<Suspect> suspects = ranker.rank(Set.of("heap.live"), growth, groups, null, null, null);
    // Object[] grew 241 KiB and String 124 KiB: under the 1 MiB floor for JDK classes.
    assertThat(suspects).extracting(Suspect::name).containsExactly(LEAKED, "byte[]");
    assertThat(suspects).extracting(Suspect::rank).containsExactly(1, 2);
    Suspect order = suspects.get(0);
    assertThat(order.resource()).isEqualTo("heap.live");
    assertThat(order.growthPerHour()).isEqualTo(796_800 * 1_440.0);
    assertThat(order.instancesPerHour()).isEqualTo(33_200 * 1_440.0);
    assertThat(order.referencePath()).contains("LeakedOrder.payload");
    assertThat(order.applicationFrame())
        .isEqualTo("dev.leakhunt.analyzer.sampler.diagnosis.OrderFactory.newOrder:8");
    assertThat(order.evidence())
        .isEqualTo(
            LEAKED
                + " grew by 33,200 instances and 778.1 KiB between the histograms (1.1 GiB/h);"
                + " 130 JFR old-object samples held by byte[] <- LeakedOrder.payload <- Object[]"
                + " <- ArrayList.elementData <- static LeakyProgram.RETAINED_ORDERS");
  }

  @Test
  void fewLargeObjectsAreNamedByBytesAndFewSmallOnesAreNot() {
    // 600 arrays of 64 KiB (37.5 MiB) in ten minutes; 900 small orders (28 KiB); 40 KiB of char[].
    List<ClassGrowth> grown =
        List.of(
            new ClassGrowth(
                "byte[]", 100, 700, 6_553_600, 45_875_200, 600, 39_321_600, 3_600, 2.36e8),
            new ClassGrowth("shop.Order", 100, 1_000, 3_200, 32_000, 900, 28_800, 5_400, 172_800),
            new ClassGrowth("char[]", 10, 2_010, 4_000, 44_000, 2_000, 40_000, 12_000, 240_000));
    assertThat(ranker.rank(Set.of("heap.live"), grown, List.of(), null, null, null))
        .extracting(Suspect::name)
        .containsExactly("byte[]");
  }

  @Test
  void passingHeapNamesNoHeapSuspect() {
    assertThat(ranker.rank(Set.of("threads.live"), growth, groups, List.of(), null, null))
        .isEmpty();
  }

  @Test
  void withoutHistogramsTheDominantJfrGroupIsNamedWithoutGrowthFigure() {
    List<Suspect> suspects = ranker.rank(Set.of("heap.used"), null, groups, null, null, null);
    // The second group holds 1 of 131 samples, under the 10 % share.
    assertThat(suspects).hasSize(1);
    assertThat(suspects.get(0).name()).isEqualTo("byte[]");
    assertThat(suspects.get(0).growthPerHour()).isNull();
    assertThat(suspects.get(0).evidence())
        .startsWith("130 of 131 JFR old-object samples are byte[]");
  }

  @Test
  void metaspaceLeakNamesTheApplicationLoaderNotTheJdksReflectionLoaders() {
    List<LoaderGrowth> loaders =
        LoaderGrowthRanker.rank(
            RealOutputs.loadersAtWarmupEnd(), RealOutputs.loadersAtEnd(), 3_000);
    List<Suspect> suspects = ranker.rank(Set.of("metaspace.used"), null, null, null, loaders, null);
    // DelegatingClassLoader +33 is under the JDK loaders' floor of 200; the boot loader only
    // loaded classes lazily.
    assertThat(suspects)
        .extracting(Suspect::name)
        .containsExactly("dev.leakhunt.analyzer.sampler.diagnosis.PluginLoader");
    assertThat(suspects.get(0).kind()).isEqualTo(SuspectKind.CLASS_LOADER);
    assertThat(suspects.get(0).instancesPerHour()).isCloseTo(845 * 1_200.0, within(1e-6));
  }

  @Test
  void threadLeakNeedsFiveNewThreads() {
    ThreadGroupGrowth four = threadGroup("cron-#", 4);
    ThreadGroupGrowth thirty = threadGroup("mailer-#", 30);
    List<Suspect> suspects =
        ranker.rank(Set.of("threads.live"), null, null, List.of(thirty, four), null, null);
    assertThat(suspects).extracting(Suspect::name).containsExactly("mailer-#");
    assertThat(suspects.get(0).applicationFrame()).isEqualTo("shop.Mailer.send(Mailer.java:20)");
    assertThat(suspects.get(0).evidence())
        .isEqualTo("threads named mailer-# grew from 1 to 31 (180/h); e.g. mailer-31 is WAITING");
  }

  @Test
  void directMemoryOwnerIsNamedOnlyWhenKnown() {
    DirectMemoryOwner known = new DirectMemoryOwner(true, "shop.Exporter.write:9", "because");
    DirectMemoryOwner unknown = new DirectMemoryOwner(false, null, "cannot be known");
    assertThat(ranker.rank(Set.of("buffer.direct.used"), null, null, null, null, known))
        .extracting(Suspect::name)
        .containsExactly("shop.Exporter.write:9");
    assertThat(ranker.rank(Set.of("buffer.direct.used"), null, null, null, null, unknown))
        .isEmpty();
    assertThat(
            ranker.rank(
                Set.of("mbean:dev.leakhunt.shop:type=NettyAllocator#UsedDirectMemory"),
                null,
                null,
                null,
                null,
                known))
        .hasSize(1);
  }

  private static ThreadGroupGrowth threadGroup(String pattern, int growth) {
    return new ThreadGroupGrowth(
        pattern,
        1,
        1 + growth,
        growth,
        growth * 6.0,
        pattern.replace("#", String.valueOf(1 + growth)),
        "WAITING",
        List.of("java.lang.Object.wait(Native Method)", "shop.Mailer.send(Mailer.java:20)"));
  }
}
