package dev.leakhunt.analyzer.diagnosis.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leakhunt.analyzer.diagnosis.RealOutputs;
import dev.leakhunt.analyzer.diagnosis.model.ClassDefinitionGroup;
import dev.leakhunt.analyzer.diagnosis.model.ClassGrowth;
import dev.leakhunt.analyzer.diagnosis.model.DirectMemoryOwner;
import dev.leakhunt.analyzer.diagnosis.model.LeakTrace;
import dev.leakhunt.analyzer.diagnosis.model.LoaderGrowth;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.model.PathLink;
import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.diagnosis.model.SuspectKind;
import dev.leakhunt.analyzer.diagnosis.model.ThreadGroupGrowth;
import dev.leakhunt.analyzer.diagnosis.model.TraceNode;
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
  void heapLeakNamesTheOwnerClassByItsTraceNotItsByteArrays() {
    List<Suspect> suspects = ranker.rank(Set.of("heap.live"), heap(growth, groups));
    // byte[] grew 24 GiB/h, but only as the orders' payloads: the trace names their owner once.
    // Object[] grew 241 KiB and String 124 KiB: under the 1 MiB floor for JDK classes.
    assertThat(suspects).extracting(Suspect::name).containsExactly(LEAKED);
    Suspect order = suspects.get(0);
    assertThat(order.rank()).isEqualTo(1);
    assertThat(order.resource()).isEqualTo("heap.live");
    assertThat(order.growthPerHour()).isEqualTo(796_800 * 1_440.0);
    assertThat(order.instancesPerHour()).isEqualTo(33_200 * 1_440.0);
    assertThat(order.referencePath()).contains("LeakedOrder.payload");
    assertThat(order.applicationFrame())
        .isEqualTo("dev.leakhunt.analyzer.sampler.diagnosis.OrderFactory.newOrder:8");
    assertThat(order.evidence())
        .isEqualTo(
            LEAKED
                + " grew from 16,200 to 49,400 instances and by 778 KiB between the histograms"
                + " (1.07 GiB/h); 131 JFR old-object samples pile up at static"
                + " LeakyProgram.RETAINED_ORDERS, held by byte[] <- LeakedOrder.payload <- Object[]"
                + " <- ArrayList.elementData <- static LeakyProgram.RETAINED_ORDERS");
    LeakTrace trace = order.trace();
    assertThat(trace.ownerClass()).isEqualTo(LEAKED);
    assertThat(trace.accumulationPoint()).isEqualTo("static LeakyProgram.RETAINED_ORDERS");
    assertThat(trace.fingerprintSource())
        .isEqualTo("static dev.leakhunt.analyzer.sampler.diagnosis.LeakyProgram.RETAINED_ORDERS");
    assertThat(trace.fingerprint()).matches("\\p{XDigit}{16}");
    // The payloads (130) and the list's backing array (1) are one leak.
    assertThat(trace.sampleCount()).isEqualTo(131);
    assertThat(trace.ownerInstancesBefore()).isEqualTo(16_200);
    assertThat(trace.ownerInstancesAfter()).isEqualTo(49_400);
    assertThat(trace.path())
        .extracting(TraceNode::text)
        .containsExactly(
            "static LeakyProgram.RETAINED_ORDERS",
            "ArrayList.elementData",
            "Object[]",
            "LeakedOrder.payload",
            "byte[]");
    assertThat(trace.path())
        .extracting(TraceNode::accumulationPoint)
        .containsExactly(true, false, false, false, false);
    assertThat(trace.path())
        .extracting(TraceNode::leaking)
        .containsExactly(false, true, true, true, true);
  }

  @Test
  void aCollectionSampledOnlyAsItsBackingArrayOwnsTheBytesThatGrewUnsampled() {
    // As a loaded machine recorded it: two samples of a thread-local list's array, none of the
    // byte[] it holds, one byte[] of an unrelated String; byte[] grew 3.1 MiB.
    String cache = "dev.acme.ThreadLocalCacheProgram$RequestCache";
    OldObjectGroup listArray =
        new OldObjectGroup(
            "java.lang.Object[]",
            "Object[] <- ArrayList.elementData <- ThreadLocalCacheProgram$RequestCache.entries <- ...",
            "Threads / Handle Area (Thread Name: request-1)",
            2,
            cache + ".remember:17",
            List.of("java.util.ArrayList.grow:237", cache + ".remember:17"),
            List.of(
                new PathLink(PathLink.Kind.OBJECT, "java.lang.Object[]", null),
                new PathLink(PathLink.Kind.FIELD, "java.util.ArrayList", "elementData"),
                new PathLink(PathLink.Kind.FIELD, cache, "entries"),
                new PathLink(
                    PathLink.Kind.FIELD, "java.lang.ThreadLocal$ThreadLocalMap$Entry", "value"),
                new PathLink(
                    PathLink.Kind.ARRAY, "java.lang.ThreadLocal$ThreadLocalMap$Entry[]", null),
                new PathLink(PathLink.Kind.FIELD, "java.lang.ThreadLocal$ThreadLocalMap", "table"),
                new PathLink(PathLink.Kind.FIELD, "java.lang.Thread", "threadLocals")));
    OldObjectGroup string =
        new OldObjectGroup(
            "byte[]",
            "byte[] <- String.value <- Object[]",
            "Class Loader Data / <unknown>",
            1,
            null,
            List.of(),
            List.of(
                new PathLink(PathLink.Kind.OBJECT, "byte[]", null),
                new PathLink(PathLink.Kind.FIELD, "java.lang.String", "value"),
                new PathLink(PathLink.Kind.ARRAY, "java.lang.Object[]", null)));
    List<ClassGrowth> grown =
        List.of(
            new ClassGrowth(
                "byte[]", 20_847, 24_275, 1_557_584, 4_809_808, 3_428, 3_252_224, 160_000, 1.5e8),
            new ClassGrowth(
                "java.lang.Object[]", 3_732, 3_760, 226_584, 241_624, 28, 15_040, 1_293, 694_527));

    List<Suspect> suspects =
        ranker.rank(Set.of("heap.live"), heap(grown, List.of(listArray, string)));

    assertThat(suspects).extracting(Suspect::name).containsExactly(cache);
    Suspect top = suspects.get(0);
    assertThat(top.applicationFrame()).isEqualTo(cache + ".remember:17");
    assertThat(top.growthPerHour()).isEqualTo(1.5e8);
    assertThat(top.trace().accumulationPoint())
        .isEqualTo("ThreadLocalCacheProgram$RequestCache.entries");
    assertThat(top.evidence())
        .startsWith("byte[] grew from 20,847 to 24,275 instances")
        .contains("with no JFR sample of its own")
        .contains(
            "the 2 JFR old-object samples that can hold a leak are the backing array of the collection");
    // With a sample of its own elsewhere, or nothing that grew unsampled, no collection is
    // credited.
    assertThat(ranker.rank(Set.of("heap.live"), heap(grown.subList(1, 2), List.of(listArray))))
        .isEmpty();
  }

  @Test
  void aCollectionSampledOnlyAsItsBackingArrayIsNamedByTheApplicationClassThatGrew() {
    // As CI recorded it: one sample in the whole recording, the static list's array.
    OldObjectGroup listArray =
        new OldObjectGroup(
            "java.lang.Object[]",
            "Object[] <- ArrayList.elementData <- static RecordsWorkload.RETAINED",
            "static field RecordsWorkload.RETAINED",
            1,
            "RecordsWorkload.retainRecord:41",
            List.of("java.util.ArrayList.grow:237", "RecordsWorkload.retainRecord:41"),
            List.of(
                new PathLink(PathLink.Kind.OBJECT, "java.lang.Object[]", null),
                new PathLink(PathLink.Kind.FIELD, "java.util.ArrayList", "elementData"),
                new PathLink(PathLink.Kind.STATIC_FIELD, "RecordsWorkload", "RETAINED")));
    List<ClassGrowth> grown =
        List.of(
            new ClassGrowth(
                "byte[]", 20_592, 24_009, 1_557_584, 4_809_808, 3_417, 3_252_224, 160_000, 1.5e8),
            new ClassGrowth(
                "RecordsWorkload$Record",
                2_000,
                5_117,
                48_000,
                122_808,
                3_117,
                74_808,
                146_000,
                3.5e6));

    List<Suspect> suspects = ranker.rank(Set.of("heap.live"), heap(grown, List.of(listArray)));

    Suspect top = suspects.get(0);
    assertThat(top.name()).isEqualTo("RecordsWorkload$Record");
    assertThat(top.applicationFrame()).isEqualTo("RecordsWorkload.retainRecord:41");
    assertThat(top.trace().ownerClass()).isEqualTo("RecordsWorkload$Record");
    assertThat(top.trace().accumulationPoint()).isEqualTo("static RecordsWorkload.RETAINED");
    assertThat(top.trace().ownerInstancesAfter()).isEqualTo(5_117);
    assertThat(suspects).extracting(Suspect::name).doesNotContain("RecordsWorkload");
  }

  @Test
  void aStaticMapSampledOnlyByItsKeysIsNamedByTheApplicationClassThatGrewBesideThem() {
    // As a clean-clone CI run recorded it: two samples, the map's table and one key's bytes, none
    // of the sessions; the trace alone would name the class declaring the static field.
    String program = "dev.acme.SessionMapProgram";
    String frame = program + ".openSession:23";
    PathLink table =
        new PathLink(PathLink.Kind.FIELD, "java.util.concurrent.ConcurrentHashMap", "table");
    PathLink field = new PathLink(PathLink.Kind.STATIC_FIELD, program, "SESSIONS");
    OldObjectGroup nodes =
        new OldObjectGroup(
            "java.util.concurrent.ConcurrentHashMap$Node[]",
            "ConcurrentHashMap$Node[] <- ConcurrentHashMap.table <- static SessionMapProgram.SESSIONS",
            "static field SessionMapProgram.SESSIONS",
            1,
            frame,
            List.of("java.util.concurrent.ConcurrentHashMap.initTable:2296", frame),
            List.of(
                new PathLink(
                    PathLink.Kind.OBJECT, "java.util.concurrent.ConcurrentHashMap$Node[]", null),
                table,
                field));
    OldObjectGroup key =
        keyBytesGroup(1, frame, List.of("java.lang.StringConcatHelper.newArray:494", frame), field);
    ClassGrowth bytes =
        new ClassGrowth(
            "byte[]", 21_107, 27_729, 1_600_000, 4_945_000, 6_622, 3_345_000, 311_000, 1.54e8);
    ClassGrowth sessions =
        new ClassGrowth(
            program + "$Session", 2_000, 5_115, 32_000, 81_840, 3_115, 49_840, 146_000, 2.3e6);

    List<Suspect> suspects =
        ranker.rank(Set.of("heap.live"), heap(List.of(bytes, sessions), List.of(nodes, key)));

    Suspect top = suspects.get(0);
    assertThat(top.name()).isEqualTo(program + "$Session");
    assertThat(top.applicationFrame()).isEqualTo(frame);
    assertThat(top.trace().accumulationPoint()).isEqualTo("static SessionMapProgram.SESSIONS");
    assertThat(top.trace().ownerInstancesAfter()).isEqualTo(5_115);
    assertThat(top.evidence())
        .contains("with no JFR sample of its own")
        .contains("are the platform's objects (")
        .contains("in the collection at static SessionMapProgram.SESSIONS");
    assertThat(suspects).extracting(Suspect::name).doesNotContain(program);
    // Without an application class that grew, the keys' trace still names the map's owner.
    assertThat(ranker.rank(Set.of("heap.live"), heap(List.of(bytes), List.of(nodes, key))))
        .extracting(Suspect::name)
        .containsExactly(program);
    // With a sample of its own, the sessions are not credited to the keys' trace.
    OldObjectGroup session =
        new OldObjectGroup(
            program + "$Session",
            "SessionMapProgram$Session <- ConcurrentHashMap$Node.val <- ...",
            "static field SessionMapProgram.SESSIONS",
            1,
            frame,
            List.of(frame),
            List.of(
                new PathLink(PathLink.Kind.OBJECT, program + "$Session", null),
                new PathLink(
                    PathLink.Kind.FIELD, "java.util.concurrent.ConcurrentHashMap$Node", "val"),
                new PathLink(
                    PathLink.Kind.ARRAY, "java.util.concurrent.ConcurrentHashMap$Node[]", null),
                table,
                field));
    Suspect sampled =
        ranker
            .rank(Set.of("heap.live"), heap(List.of(bytes, sessions), List.of(nodes, key, session)))
            .get(0);
    assertThat(sampled.name()).isEqualTo(program + "$Session");
    assertThat(sampled.evidence()).doesNotContain("with no JFR sample of its own");
  }

  @Test
  void aBoundedStoreHoldingTheSameKindOfBytesIsNotNamedBesideTheLeak() {
    // As a shop-naming bench run recorded it (recently-viewed, s1): the leaking map's entries and
    // keys sampled, and the cart store's guest sessions, byte[] too; carts are evicted after a
    // minute, so Cart grew by 256 only, while the entries grew by 65,864 and byte[] by 4.2 MiB.
    String shop = SHOP;
    String entry = RECENTLY_VIEWED_ENTRY;
    OldObjectGroup entries = recentlyViewedEntries(13);
    OldObjectGroup keys = recentlyViewedKeys(6);
    String create = shop + "cart.CartStore.create:37";
    OldObjectGroup guestSessions =
        new OldObjectGroup(
            "byte[]",
            "byte[] <- Cart.guestSession <- ConcurrentHashMap$Node.val <- ...",
            "Threads / Handle Area",
            24,
            create,
            List.of(create),
            List.of(
                new PathLink(PathLink.Kind.OBJECT, "byte[]", null),
                new PathLink(PathLink.Kind.FIELD, shop + "cart.Cart", "guestSession"),
                new PathLink(
                    PathLink.Kind.FIELD, "java.util.concurrent.ConcurrentHashMap$Node", "val"),
                new PathLink(
                    PathLink.Kind.ARRAY, "java.util.concurrent.ConcurrentHashMap$Node[]", null),
                new PathLink(
                    PathLink.Kind.FIELD, "java.util.concurrent.ConcurrentHashMap", "table"),
                new PathLink(PathLink.Kind.FIELD, shop + "cart.CartStore", "cartsById"),
                new PathLink(PathLink.Kind.FIELD, shop + "Shop", "carts")));
    ClassGrowth bytes =
        new ClassGrowth(
            "byte[]", 43_762, 117_025, 4_062_776, 8_503_848, 73_263, 4_441_072, 628_169, 3.81e7);
    ClassGrowth grownEntries =
        new ClassGrowth(
            entry, 3_016, 68_880, 120_640, 2_755_200, 65_864, 2_634_560, 564_729, 2.26e7);
    ClassGrowth carts =
        new ClassGrowth(shop + "cart.Cart", 158, 414, 7_584, 19_872, 256, 12_288, 2_195, 105_359);

    List<Suspect> suspects =
        ranker.rank(
            Set.of("heap.live"),
            heap(List.of(bytes, grownEntries, carts), List.of(guestSessions, entries, keys)));

    assertThat(suspects).extracting(Suspect::name).containsExactly(entry);
    assertThat(suspects.get(0).applicationFrame()).isEqualTo(RECORD_VIEW);
    // Had the carts grown as a leak does, the store would be named too.
    ClassGrowth leakingCarts =
        new ClassGrowth(
            shop + "cart.Cart", 158, 9_414, 7_584, 451_872, 9_256, 444_288, 79_337, 3.8e6);
    assertThat(
            ranker.rank(
                Set.of("heap.live"),
                heap(
                    List.of(bytes, grownEntries, leakingCarts),
                    List.of(guestSessions, entries, keys))))
        .extracting(Suspect::name)
        .containsExactlyInAnyOrder(entry, shop + "cart.Cart");
  }

  @Test
  void arraysThatOnlyWidenedAreNotNamedBesideTheLeak() {
    // As a shop-naming bench run recorded it (recently-viewed, s10): the leak's entries, and the
    // shop's latency histograms, whose counts arrays widened once to the load's longer latencies:
    // long[] grew by 2.24 MiB with 6 fewer instances, EndpointLatency not at all.
    String shop = SHOP;
    String entry = RECENTLY_VIEWED_ENTRY;
    OldObjectGroup entries = recentlyViewedEntries(28);
    OldObjectGroup keys = recentlyViewedKeys(6);
    String roll = shop + "metrics.EndpointLatency.roll:27";
    OldObjectGroup counts =
        new OldObjectGroup(
            "long[]",
            "long[] <- Histogram.counts <- EndpointLatency.total <- LinkedHashMap$Entry.value <- ...",
            "Threads / Stack Variable (Thread Name: main)",
            8,
            roll,
            List.of("org.HdrHistogram.Histogram.resize:154", roll),
            List.of(
                new PathLink(PathLink.Kind.OBJECT, "long[]", null),
                new PathLink(PathLink.Kind.FIELD, "org.HdrHistogram.Histogram", "counts"),
                new PathLink(PathLink.Kind.FIELD, shop + "metrics.EndpointLatency", "total"),
                new PathLink(PathLink.Kind.FIELD, "java.util.LinkedHashMap$Entry", "value"),
                new PathLink(PathLink.Kind.ARRAY, "java.util.HashMap$Node[]", null),
                new PathLink(PathLink.Kind.FIELD, "java.util.LinkedHashMap", "table"),
                new PathLink(PathLink.Kind.FIELD, shop + "metrics.ShopMBeans", "latencyByEndpoint"),
                new PathLink(PathLink.Kind.FIELD, shop + "ShopServer", "mbeans")));
    ClassGrowth bytes =
        new ClassGrowth(
            "byte[]", 38_925, 116_931, 2_566_096, 8_496_616, 78_006, 5_930_520, 627_670, 4.77e7);
    ClassGrowth grownEntries =
        new ClassGrowth(entry, 0, 68_880, 0, 2_755_200, 68_880, 2_755_200, 554_239, 2.22e7);
    ClassGrowth widened =
        new ClassGrowth("long[]", 233, 227, 1_937_248, 4_288_160, -6, 2_350_912, -48, 1.89e7);

    assertThat(
            ranker.rank(
                Set.of("heap.live"),
                heap(List.of(bytes, grownEntries, widened), List.of(entries, keys, counts))))
        .extracting(Suspect::name)
        .containsExactly(entry);
    // Had the arrays grown in number, as a list of arrays appended to does, they would be named.
    ClassGrowth piledUp =
        new ClassGrowth(
            "long[]", 233, 2_227, 1_937_248, 4_288_160, 1_994, 2_350_912, 16_043, 1.89e7);
    assertThat(
            ranker.rank(
                Set.of("heap.live"),
                heap(List.of(bytes, grownEntries, piledUp), List.of(entries, keys, counts))))
        .extracting(Suspect::name)
        .containsExactly(entry, shop + "metrics.EndpointLatency");
  }

  private static final String SHOP = "dev.leakhunt.shop.";
  private static final String RECENTLY_VIEWED_ENTRY = SHOP + "leaks.RecentlyViewedEntry";
  private static final String RECORD_VIEW = SHOP + "leaks.RecentlyViewedTracker.recordView:49";
  private static final PathLink VIEWS_BY_VISITOR =
      new PathLink(
          PathLink.Kind.STATIC_FIELD, SHOP + "leaks.RecentlyViewedTracker", "VIEWS_BY_VISITOR");

  /** The shop's recently-viewed leak as JFR samples it: its entries in the static map. */
  private static OldObjectGroup recentlyViewedEntries(int samples) {
    return mapGroup(
        RECENTLY_VIEWED_ENTRY,
        samples,
        RECORD_VIEW,
        new PathLink(PathLink.Kind.OBJECT, RECENTLY_VIEWED_ENTRY, null),
        "val",
        VIEWS_BY_VISITOR);
  }

  /** The same map's keys, their bytes. */
  private static OldObjectGroup recentlyViewedKeys(int samples) {
    return keyBytesGroup(samples, RECORD_VIEW, List.of(RECORD_VIEW), VIEWS_BY_VISITOR);
  }

  /** A string key's bytes in a {@code ConcurrentHashMap} held by {@code root}. */
  private static OldObjectGroup keyBytesGroup(
      int samples, String frame, List<String> stack, PathLink root) {
    return new OldObjectGroup(
        "byte[]",
        "byte[] <- String.value <- ConcurrentHashMap$Node.key <- ...",
        "static field",
        samples,
        frame,
        stack,
        List.of(
            new PathLink(PathLink.Kind.OBJECT, "byte[]", null),
            new PathLink(PathLink.Kind.FIELD, "java.lang.String", "value"),
            new PathLink(PathLink.Kind.FIELD, "java.util.concurrent.ConcurrentHashMap$Node", "key"),
            new PathLink(
                PathLink.Kind.ARRAY, "java.util.concurrent.ConcurrentHashMap$Node[]", null),
            new PathLink(PathLink.Kind.FIELD, "java.util.concurrent.ConcurrentHashMap", "table"),
            root));
  }

  private static OldObjectGroup mapGroup(
      String type, int samples, String frame, PathLink object, String nodeField, PathLink root) {
    return new OldObjectGroup(
        type,
        type + " <- ConcurrentHashMap$Node." + nodeField + " <- ...",
        "static field",
        samples,
        frame,
        List.of(frame),
        List.of(
            object,
            new PathLink(
                PathLink.Kind.FIELD, "java.util.concurrent.ConcurrentHashMap$Node", nodeField),
            new PathLink(
                PathLink.Kind.ARRAY, "java.util.concurrent.ConcurrentHashMap$Node[]", null),
            new PathLink(PathLink.Kind.FIELD, "java.util.concurrent.ConcurrentHashMap", "table"),
            root));
  }

  @Test
  void classesAnApplicationLineKeepsDefiningComeBeforeTheHeapTheyHold() {
    List<ClassGrowth> grown =
        List.of(
            new ClassGrowth(
                "byte[]", 100, 700, 6_553_600, 45_875_200, 600, 39_321_600, 3_600, 2.36e8));
    ClassDefinitionGroup scripts =
        new ClassDefinitionGroup(
            "Script*",
            false,
            "groovy.lang.GroovyClassLoader$InnerLoader",
            2_400,
            18_000,
            "GroovyScripts.evaluate:26",
            List.of("GroovyScripts.evaluate:26"),
            "Script864");
    Set<String> failing = Set.of("heap.live", "classes.loaded");
    assertThat(ranker.rank(failing, classes(grown, scripts)))
        .extracting(Suspect::name)
        .containsExactly("Script*", "byte[]");
    // Classes the JDK defines on its own (reflection accessors) name no line: the heap goes first.
    ClassDefinitionGroup accessors =
        new ClassDefinitionGroup(
            "jdk.internal.reflect.GeneratedMethodAccessor*",
            false,
            "jdk.internal.reflect.DelegatingClassLoader",
            2_400,
            18_000,
            null,
            List.of("jdk.internal.reflect.MethodAccessorGenerator.generate:394"),
            "jdk.internal.reflect.GeneratedMethodAccessor3");
    assertThat(ranker.rank(failing, classes(grown, accessors)))
        .extracting(Suspect::name)
        .startsWith("byte[]");
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
    assertThat(ranker.rank(Set.of("heap.live"), heap(grown, List.of())))
        .extracting(Suspect::name)
        .containsExactly("byte[]");
  }

  @Test
  void aClassThatGrewUnsampledSaysWhetherJfrRecordedAndThatALongerRunSamplesMore() {
    List<ClassGrowth> grown =
        List.of(
            new ClassGrowth(
                "shop.Order", 1_000, 31_000, 32_000, 992_000, 30_000, 960_000, 180_000, 5.76e6));
    Suspect recorded = ranker.rank(Set.of("heap.live"), heap(grown, List.of())).get(0);
    Suspect noRecording =
        ranker
            .rank(Set.of("heap.live"), RankedEvidence.builder().classGrowth(grown).build())
            .get(0);

    assertThat(recorded.applicationFrame()).isNull();
    assertThat(recorded.evidence())
        .contains("no JFR old-object sample shows what holds it")
        .contains("a longer run keeps more");
    assertThat(noRecording.evidence())
        .contains("no JFR recording was read (off, or not saved), so nothing shows what holds it")
        .doesNotContain("longer run");
  }

  @Test
  void passingHeapNamesNoHeapSuspect() {
    assertThat(
            ranker.rank(
                Set.of("threads.live"),
                RankedEvidence.builder()
                    .classGrowth(growth)
                    .oldObjectGroups(groups)
                    .threadGroups(List.of())
                    .build()))
        .isEmpty();
  }

  @Test
  void withoutHistogramsTheTraceStillNamesTheOwnerWithoutGrowthFigure() {
    List<Suspect> suspects =
        ranker.rank(Set.of("heap.used"), RankedEvidence.builder().oldObjectGroups(groups).build());
    assertThat(suspects).hasSize(1);
    assertThat(suspects.get(0).name()).isEqualTo(LEAKED);
    assertThat(suspects.get(0).growthPerHour()).isNull();
    assertThat(suspects.get(0).evidence())
        .startsWith("131 JFR old-object samples pile up at static LeakyProgram.RETAINED_ORDERS");
  }

  @Test
  void metaspaceLeakNamesTheApplicationLoaderNotTheJdksReflectionLoaders() {
    List<LoaderGrowth> loaders =
        LoaderGrowthRanker.rank(
            RealOutputs.loadersAtWarmupEnd(), RealOutputs.loadersAtEnd(), 3_000);
    List<Suspect> suspects =
        ranker.rank(Set.of("metaspace.used"), RankedEvidence.builder().loaders(loaders).build());
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
        ranker.rank(
            Set.of("threads.live"),
            RankedEvidence.builder().threadGroups(List.of(thirty, four)).build());
    assertThat(suspects).extracting(Suspect::name).containsExactly("mailer-#");
    assertThat(suspects.get(0).applicationFrame()).isEqualTo("shop.Mailer.send(Mailer.java:20)");
    assertThat(suspects.get(0).evidence())
        .isEqualTo("threads named mailer-# grew from 1 to 31 (180/h); e.g. mailer-31 is WAITING");
  }

  @Test
  void directMemoryOwnerIsNamedOnlyWhenKnown() {
    DirectMemoryOwner known = DirectMemoryOwner.known("shop.Exporter.write:9", "because");
    DirectMemoryOwner unknown = DirectMemoryOwner.unknown("cannot be known");
    assertThat(ranker.rank(Set.of("buffer.direct.used"), direct(known)))
        .extracting(Suspect::name)
        .containsExactly("shop.Exporter.write:9");
    assertThat(ranker.rank(Set.of("buffer.direct.used"), direct(unknown))).isEmpty();
    assertThat(
            ranker.rank(
                Set.of("mbean:dev.leakhunt.shop:type=NettyAllocator#UsedDirectMemory"),
                direct(known)))
        .hasSize(1);
  }

  private static RankedEvidence heap(List<ClassGrowth> growth, List<OldObjectGroup> groups) {
    return RankedEvidence.builder().classGrowth(growth).oldObjectGroups(groups).build();
  }

  private static RankedEvidence classes(List<ClassGrowth> growth, ClassDefinitionGroup defined) {
    return RankedEvidence.builder()
        .classGrowth(growth)
        .oldObjectGroups(List.of())
        .classDefinitions(List.of(defined))
        .build();
  }

  private static RankedEvidence direct(DirectMemoryOwner owner) {
    return RankedEvidence.builder().directMemory(owner).build();
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
