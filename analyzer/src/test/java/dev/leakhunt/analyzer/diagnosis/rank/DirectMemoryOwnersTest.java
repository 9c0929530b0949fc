package dev.leakhunt.analyzer.diagnosis.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.diagnosis.model.ClassGrowth;
import dev.leakhunt.analyzer.diagnosis.model.DirectMemoryOwner;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import dev.leakhunt.analyzer.diagnosis.model.PathLink;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectMemoryOwnersTest {
  @Test
  void jdkAndNettyDirectBufferClassesAreRecognised() {
    assertThat(DirectMemoryOwners.isDirectBufferClass("java.nio.DirectByteBuffer")).isTrue();
    assertThat(DirectMemoryOwners.isDirectBufferClass("java.nio.DirectByteBufferR")).isTrue();
    assertThat(DirectMemoryOwners.isDirectBufferClass("io.netty.buffer.UnpooledDirectByteBuf"))
        .isTrue();
    assertThat(DirectMemoryOwners.isDirectBufferClass("io.netty.buffer.PooledUnsafeDirectByteBuf"))
        .isTrue();
    assertThat(DirectMemoryOwners.isDirectBufferClass("java.nio.HeapByteBuffer")).isFalse();
    assertThat(DirectMemoryOwners.isDirectBufferClass("byte[]")).isFalse();
  }

  @Test
  void sampledBufferNamesItsAllocatingFrameAndThePathThatHoldsIt() {
    OldObjectGroup buffers =
        new OldObjectGroup(
            "java.nio.DirectByteBuffer",
            "DirectByteBuffer <- Object[] <- ArrayList.elementData <- static Exporter.BUFFERS",
            "static field Exporter.BUFFERS",
            12,
            "shop.Exporter.write:9",
            List.of("java.nio.ByteBuffer.allocateDirect:332", "shop.Exporter.write:9"),
            List.of(
                new PathLink(PathLink.Kind.OBJECT, "java.nio.DirectByteBuffer", null),
                new PathLink(PathLink.Kind.ARRAY, "java.lang.Object[]", null),
                new PathLink(PathLink.Kind.FIELD, "java.util.ArrayList", "elementData"),
                new PathLink(PathLink.Kind.STATIC_FIELD, "shop.Exporter", "BUFFERS")));
    DirectMemoryOwner owner =
        DirectMemoryOwners.find(
            List.of(growth("java.nio.DirectByteBuffer", 500)), List.of(buffers), 10);
    assertThat(owner.known()).isTrue();
    assertThat(owner.owner()).isEqualTo("shop.Exporter.write:9");
    assertThat(owner.explanation())
        .isEqualTo(
            "12 JFR old-object samples of java.nio.DirectByteBuffer allocated at"
                + " shop.Exporter.write:9, held by DirectByteBuffer <- Object[] <-"
                + " ArrayList.elementData <- static Exporter.BUFFERS; java.nio.DirectByteBuffer"
                + " grew by 500 instances");
    assertThat(owner.allocatingFrame()).isEqualTo("shop.Exporter.write:9");
    assertThat(owner.referencePath()).endsWith("static Exporter.BUFFERS");
    assertThat(owner.gcRoot()).isEqualTo("static field Exporter.BUFFERS");
    assertThat(owner.stack()).hasSize(2);
  }

  @Test
  void aBufferHeldOnlyByARunningThreadsStackIsNotItsOwner() {
    OldObjectGroup inFlight =
        new OldObjectGroup(
            "java.nio.DirectByteBuffer",
            "DirectByteBuffer",
            "Threads / Stack Variable (Thread Name: request-1)",
            3,
            "shop.Upload.read:40",
            List.of("java.nio.ByteBuffer.allocateDirect:332", "shop.Upload.read:40"),
            List.of(new PathLink(PathLink.Kind.OBJECT, "java.nio.DirectByteBuffer", null)));
    DirectMemoryOwner owner =
        DirectMemoryOwners.find(
            List.of(growth("java.nio.DirectByteBuffer", 500)), List.of(inFlight), 10);
    assertThat(owner.owner()).isEqualTo("java.nio.DirectByteBuffer");
    assertThat(owner.allocatingFrame()).isNull();
  }

  @Test
  void histogramGrowthAloneNamesTheBufferClass() {
    DirectMemoryOwner owner =
        DirectMemoryOwners.find(List.of(growth("java.nio.DirectByteBuffer", 500)), List.of(), 10);
    assertThat(owner.known()).isTrue();
    assertThat(owner.owner()).isEqualTo("java.nio.DirectByteBuffer");
  }

  /** The corpus's run `direct` s9 of 2026-12-01: JFR kept the list's array and no buffer. */
  @Test
  void aGrowingCollectionSampledWithoutItsBuffersNamesTheLineThatGrowsIt() {
    DirectMemoryOwner owner =
        DirectMemoryOwners.find(
            List.of(growth("java.nio.DirectByteBuffer", 388)), List.of(stagingArray()), 10);

    assertThat(owner.known()).isTrue();
    assertThat(owner.owner()).isEqualTo("DirectLeak.stage:36");
    assertThat(owner.allocatingFrame()).isEqualTo("DirectLeak.stage:36");
    assertThat(owner.gcRoot()).isEqualTo("static field DirectLeak.STAGING");
    assertThat(owner.explanation())
        .startsWith("java.nio.DirectByteBuffer grew by 388 instances between the histograms with")
        .endsWith("the collection seen growing, most likely what holds them");
  }

  @Test
  void aGrowingCollectionDoesNotNameDirectMemoryThatDidNotGrow() {
    DirectMemoryOwner owner =
        DirectMemoryOwners.find(
            List.of(growth("java.nio.DirectByteBuffer", 3)), List.of(stagingArray()), 10);

    assertThat(owner.known()).isFalse();
    assertThat(owner.allocatingFrame()).isNull();
  }

  private static OldObjectGroup stagingArray() {
    return new OldObjectGroup(
        "java.lang.Object[]",
        "Object[] <- ArrayList.elementData <- static DirectLeak.STAGING",
        "static field DirectLeak.STAGING",
        1,
        "DirectLeak.stage:36",
        List.of(
            "java.util.Arrays.copyOf:3481", "java.util.ArrayList.add:467", "DirectLeak.stage:36"),
        List.of(
            new PathLink(PathLink.Kind.OBJECT, "java.lang.Object[]", null),
            new PathLink(PathLink.Kind.FIELD, "java.util.ArrayList", "elementData"),
            new PathLink(PathLink.Kind.STATIC_FIELD, "DirectLeak", "STAGING")));
  }

  @Test
  void nothingGrownOrSampledSaysItCannotBeKnown() {
    DirectMemoryOwner owner =
        DirectMemoryOwners.find(List.of(growth("java.nio.DirectByteBuffer", 3)), null, 10);
    assertThat(owner.known()).isFalse();
    assertThat(owner.owner()).isNull();
    assertThat(owner.explanation()).startsWith("the owner of direct memory cannot be known here");
  }

  private static ClassGrowth growth(String className, long instances) {
    return new ClassGrowth(
        className,
        0,
        instances,
        0,
        instances * 64,
        instances,
        instances * 64,
        instances,
        instances * 64.0);
  }
}
