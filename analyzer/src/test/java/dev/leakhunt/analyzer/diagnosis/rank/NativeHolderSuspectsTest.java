package dev.leakhunt.analyzer.diagnosis.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.diagnosis.model.ClassGrowth;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.model.PathLink;
import dev.leakhunt.analyzer.diagnosis.model.Suspect;
import dev.leakhunt.analyzer.diagnosis.model.SuspectKind;
import dev.leakhunt.analyzer.diagnosis.model.SuspectSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NativeHolderSuspectsTest {
  private static final String ARCHIVE = "shop.leaks.ReceiptArchive";
  private static final List<String> STACK =
      List.of(
          "java.util.zip.DeflaterOutputStream.<init>:91",
          "java.util.zip.GZIPOutputStream.<init>:91",
          "shop.leaks.ReceiptArchive.archive:57",
          "shop.http.CheckoutEndpoints.receipt:40");

  /** A gzip stream's buffer, held open in the archive's map, as JFR's old-object sampler saw it. */
  private static OldObjectGroup bufferOfAnOpenStream(int samples) {
    return new OldObjectGroup(
        "byte[]",
        "byte[] <- GZIPOutputStream.buf <- ConcurrentHashMap$Node.val <- ConcurrentHashMap$Node[]"
            + " <- ConcurrentHashMap.table <- ReceiptArchive.openStreamsByKey <- static Shop.ARCHIVE",
        "static field Shop.ARCHIVE",
        samples,
        "shop.leaks.ReceiptArchive.archive:57",
        STACK,
        heldInTheArchive(
            new PathLink(PathLink.Kind.OBJECT, "byte[]", null),
            new PathLink(PathLink.Kind.FIELD, "java.util.zip.GZIPOutputStream", "buf")));
  }

  /** The links from a stream's part up through the archive's map of open streams to its root. */
  private static List<PathLink> heldInTheArchive(PathLink... nearTheObject) {
    List<PathLink> links = new ArrayList<>(List.of(nearTheObject));
    links.add(
        new PathLink(PathLink.Kind.FIELD, "java.util.concurrent.ConcurrentHashMap$Node", "val"));
    links.add(
        new PathLink(PathLink.Kind.ARRAY, "java.util.concurrent.ConcurrentHashMap$Node[]", null));
    links.add(new PathLink(PathLink.Kind.FIELD, "java.util.concurrent.ConcurrentHashMap", "table"));
    links.add(new PathLink(PathLink.Kind.FIELD, ARCHIVE, "openStreamsByKey"));
    links.add(new PathLink(PathLink.Kind.STATIC_FIELD, "shop.Shop", "ARCHIVE"));
    return links;
  }

  private static ClassGrowth grown(String className, long before, long after) {
    double perHour = (after - before) * 6.0; // a 10-minute window
    return new ClassGrowth(
        className,
        before,
        after,
        before * 64,
        after * 64,
        after - before,
        (after - before) * 64,
        perHour,
        perHour * 64);
  }

  private static List<Suspect> rank(
      Set<String> failing, List<ClassGrowth> growth, List<OldObjectGroup> groups) {
    return new SuspectRanker(SuspectCriteria.defaults())
        .rank(
            failing, RankedEvidence.builder().classGrowth(growth).oldObjectGroups(groups).build());
  }

  @Test
  void growingResidentMemoryIsNamedByTheDeflatersAndTheCodeThatKeepsThem() {
    List<Suspect> suspects =
        rank(
            Set.of("rss"),
            List.of(grown("byte[]", 9_000, 18_000), grown("java.util.zip.Deflater", 3, 2_635)),
            List.of(bufferOfAnOpenStream(12)));

    assertThat(suspects).hasSize(1);
    Suspect deflaters = suspects.get(0);
    assertThat(deflaters.kind()).isEqualTo(SuspectKind.NATIVE_HOLDER);
    assertThat(deflaters.name()).isEqualTo("java.util.zip.Deflater");
    assertThat(deflaters.resource()).isEqualTo("rss");
    assertThat(deflaters.growthPerHour()).isEqualTo(2_632 * 6.0);
    assertThat(deflaters.trace()).isNotNull();
    assertThat(deflaters.trace().accumulationPoint()).contains("ReceiptArchive.openStreamsByKey");
    assertThat(deflaters.trace().ownerClass()).isEqualTo("java.util.zip.Deflater");
    assertThat(deflaters.trace().ownerInstancesAfter()).isEqualTo(2_635);
    assertThat(deflaters.applicationFrame()).isEqualTo("shop.leaks.ReceiptArchive.archive:57");
    assertThat(SuspectSummary.sentence(suspects))
        .isEqualTo(
            "Top suspects: java.util.zip.Deflater +15,792 zlib streams/h held by "
                + deflaters.trace().accumulationPoint()
                + ", allocated at shop.leaks.ReceiptArchive.archive:57.");
  }

  @Test
  void theLineThatOpenedTheStreamWinsOverTheLineThatGrewItsOutput() {
    OldObjectGroup grownOutput =
        new OldObjectGroup(
            "byte[]",
            "byte[] <- ByteArrayOutputStream.buf <- GZIPOutputStream.out <- ConcurrentHashMap$Node.val"
                + " <- ConcurrentHashMap$Node[] <- ConcurrentHashMap.table"
                + " <- ReceiptArchive.openStreamsByKey <- static Shop.ARCHIVE",
            "static field Shop.ARCHIVE",
            30,
            "shop.leaks.ReceiptArchive.archive:59",
            List.of(
                "java.util.zip.GZIPOutputStream.finish:140",
                "shop.leaks.ReceiptArchive.archive:59"),
            heldInTheArchive(
                new PathLink(PathLink.Kind.OBJECT, "byte[]", null),
                new PathLink(PathLink.Kind.FIELD, "java.io.ByteArrayOutputStream", "buf"),
                new PathLink(PathLink.Kind.FIELD, "java.util.zip.GZIPOutputStream", "out")));

    List<Suspect> suspects =
        rank(
            Set.of("rss"),
            List.of(grown("java.util.zip.Deflater", 3, 2_635)),
            List.of(grownOutput, bufferOfAnOpenStream(5)));

    assertThat(suspects)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.applicationFrame()).isEqualTo("shop.leaks.ReceiptArchive.archive:57");
              assertThat(s.trace().allocatingFrame())
                  .isEqualTo("shop.leaks.ReceiptArchive.archive:57");
              assertThat(s.stack()).isEqualTo(STACK);
            });
  }

  /** As in a clean-clone CI run of 2026-12-01: the deflater kept the caller's receipt bytes. */
  @Test
  void theLineThatOpenedTheStreamWinsOverTheCallersInputTheDeflaterStillReferences() {
    OldObjectGroup callersInput =
        new OldObjectGroup(
            "byte[]",
            "byte[] <- Deflater.inputArray <- GZIPOutputStream.def <- ConcurrentHashMap$Node.val"
                + " <- ConcurrentHashMap$Node[] <- ConcurrentHashMap.table"
                + " <- ReceiptArchive.openStreamsByKey <- static Shop.ARCHIVE",
            "static field Shop.ARCHIVE",
            3,
            "shop.leaks.ReceiptArchive.archive:44",
            List.of(
                "java.lang.String.getBytes:1788",
                "shop.leaks.ReceiptArchive.archive:44",
                "shop.http.CheckoutEndpoints.receipt:40"),
            heldInTheArchive(
                new PathLink(PathLink.Kind.OBJECT, "byte[]", null),
                new PathLink(PathLink.Kind.FIELD, "java.util.zip.Deflater", "inputArray"),
                new PathLink(PathLink.Kind.FIELD, "java.util.zip.GZIPOutputStream", "def")));

    List<Suspect> suspects =
        rank(
            Set.of("rss"),
            List.of(grown("java.util.zip.Deflater", 3, 2_635)),
            List.of(callersInput, bufferOfAnOpenStream(1)));

    assertThat(suspects)
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.applicationFrame()).isEqualTo("shop.leaks.ReceiptArchive.archive:57"));
  }

  @Test
  void withoutJfrTheGrowingHoldersAreStillNamedAndTheEvidenceSaysNothingShowsTheOwner() {
    List<Suspect> suspects =
        rank(Set.of("rss"), List.of(grown("java.util.zip.Inflater", 10, 400)), null);

    assertThat(suspects)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.name()).isEqualTo("java.util.zip.Inflater");
              assertThat(s.trace()).isNull();
              assertThat(s.evidence()).contains("no JFR old-object sample shows what holds them");
            });
  }

  @Test
  void aDeflaterTraceIsNotGivenToGrowingInflaters() {
    List<Suspect> suspects =
        rank(
            Set.of("rss"),
            List.of(grown("java.util.zip.Inflater", 10, 400)),
            List.of(bufferOfAnOpenStream(12)));

    assertThat(suspects).singleElement().satisfies(s -> assertThat(s.trace()).isNull());
  }

  @Test
  void aFewHoldersOrAPassingResidentSetNameNothing() {
    assertThat(
            rank(
                Set.of("rss"),
                List.of(grown("java.util.zip.Deflater", 3, 40)),
                List.of(bufferOfAnOpenStream(12))))
        .isEmpty();
    assertThat(
            rank(
                Set.of("heap.live"),
                List.of(grown("java.util.zip.Deflater", 3, 2_635)),
                List.of(bufferOfAnOpenStream(12))))
        .noneMatch(s -> s.kind() == SuspectKind.NATIVE_HOLDER);
  }
}
