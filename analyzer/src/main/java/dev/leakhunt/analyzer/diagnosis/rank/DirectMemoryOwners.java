package dev.leakhunt.analyzer.diagnosis.rank;

import dev.leakhunt.analyzer.diagnosis.model.ClassGrowth;
import dev.leakhunt.analyzer.diagnosis.model.DirectMemoryOwner;
import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds who owns growing direct memory, named by the frame that allocated the buffers and the path
 * that holds them. The JVM's direct buffer pool only counts bytes; the owner shows as growth of a
 * direct buffer class in the histograms ({@code java.nio.DirectByteBuffer}, Netty's {@code
 * ...DirectByteBuf}) and, better, as JFR old-object samples of such buffers, whose allocation frame
 * and reference path name the code.
 */
public final class DirectMemoryOwners {
  private static final Pattern DIRECT_BUFFER_CLASS =
      Pattern.compile("(?i).*\\.[a-z]*Direct[a-z]*Buf(fer)?R?(\\$.*)?$");

  private DirectMemoryOwners() {}

  /** Whether the class is a direct (off-heap) buffer of the JDK or of Netty. */
  public static boolean isDirectBufferClass(String className) {
    return DIRECT_BUFFER_CLASS.matcher(className).matches();
  }

  /**
   * The owner of direct memory, or an explanation of why it cannot be known.
   *
   * @param classGrowth ranked class growth, or null without histograms
   * @param groups JFR old-object groups, or null without JFR
   * @param minBufferGrowth instances a buffer class must gain to count
   */
  public static DirectMemoryOwner find(
      List<ClassGrowth> classGrowth, List<OldObjectGroup> groups, long minBufferGrowth) {
    Optional<OldObjectGroup> sampled =
        groups == null
            ? Optional.empty()
            : SampleTriage.candidates(groups).stream()
                .filter(g -> isDirectBufferClass(g.objectType()))
                .findFirst();
    Optional<ClassGrowth> grown =
        classGrowth == null
            ? Optional.empty()
            : classGrowth.stream()
                .filter(g -> isDirectBufferClass(g.className()))
                .filter(g -> g.instancesGrowth() >= minBufferGrowth)
                .findFirst();
    if (sampled.isPresent()) {
      OldObjectGroup g = sampled.get();
      String owner = g.applicationFrame() != null ? g.applicationFrame() : g.referencePath();
      return new DirectMemoryOwner(
          true,
          owner,
          g.sampleCount()
              + " JFR old-object samples of "
              + g.objectType()
              + " allocated at "
              + (g.applicationFrame() != null ? g.applicationFrame() : "(JDK frames only)")
              + ", held by "
              + g.referencePath()
              + grown
                  .map(c -> "; " + c.className() + " grew by " + c.instancesGrowth() + " instances")
                  .orElse(""),
          g.applicationFrame(),
          g.referencePath(),
          g.gcRoot(),
          g.allocationStack());
    }
    Optional<OldObjectGroup> container =
        groups == null
            ? Optional.empty()
            : SampleTriage.candidates(groups).stream()
                .filter(g -> LeakTraceBuilder.isReferenceArray(g.objectType()))
                .filter(g -> g.applicationFrame() != null)
                .max(Comparator.comparingInt(OldObjectGroup::sampleCount));
    if (grown.isPresent() && container.isPresent()) {
      return heldByGrowingCollection(grown.get(), container.get());
    }
    if (grown.isPresent()) {
      ClassGrowth c = grown.get();
      return DirectMemoryOwner.known(
          c.className(),
          c.className()
              + " grew by "
              + c.instancesGrowth()
              + " instances between the histograms; no JFR sample names the code that holds"
              + " them");
    }
    return DirectMemoryOwner.unknown(
        "the owner of direct memory cannot be known here: no direct buffer class grew between the"
            + " histograms and JFR sampled none (pooled allocators such as Netty's reuse a few"
            + " large buffers; watch the pool's own metric with --mbean)");
  }

  /**
   * JFR may sample none of the buffers and only the backing array of the collection that keeps
   * them, caught as it grew (a corpus run: one sample, an {@code Object[]} allocated by {@code
   * ArrayList.add} at the line that stages each buffer, while 388 {@code DirectByteBuffer}s piled
   * up). As for the heap, that collection is most likely what holds the buffer class that grew with
   * no sample of its own, and the line that grew it names the owner rather than the bare class.
   */
  private static DirectMemoryOwner heldByGrowingCollection(
      ClassGrowth grown, OldObjectGroup container) {
    return new DirectMemoryOwner(
        true,
        container.applicationFrame(),
        grown.className()
            + " grew by "
            + grown.instancesGrowth()
            + " instances between the histograms with no JFR sample of its own; the "
            + container.sampleCount()
            + " JFR old-object samples that can hold a leak are the backing array of the"
            + " collection grown at "
            + container.applicationFrame()
            + ", held by "
            + container.referencePath()
            + ": the collection seen growing, most likely what holds them",
        container.applicationFrame(),
        container.referencePath(),
        container.gcRoot(),
        container.allocationStack());
  }
}
