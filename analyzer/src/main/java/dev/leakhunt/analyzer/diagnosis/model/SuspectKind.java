package dev.leakhunt.analyzer.diagnosis.model;

import java.util.Locale;
import java.util.Set;

/** What a suspect is, and which judged resources' growth it can explain. */
public enum SuspectKind {
  /** A class whose live objects grow on the heap. */
  HEAP_CLASS(Set.of("heap.live", "heap.used")),
  /** A group of threads, by name pattern, that keeps growing. */
  THREAD_GROUP(Set.of("threads.live")),
  /**
   * Classes that keep being defined (one name pattern, one defining line): hidden classes, scripts,
   * generated proxies.
   */
  CLASS_DEFINITION(Set.of("metaspace.used", "compressed-class-space.used", "classes.loaded")),
  /** A class loader type whose loaders (and their classes) keep growing in metaspace. */
  CLASS_LOADER(Set.of("metaspace.used", "compressed-class-space.used", "classes.loaded")),
  /** A kind of open file descriptor (one path, one socket kind) that keeps growing. */
  DESCRIPTOR(Set.of("fd.open")),
  /** The owner of growing direct (off-heap) buffers. */
  DIRECT_BUFFER(Set.of("buffer.direct.used")),
  /**
   * JDK objects that hold native memory Native Memory Tracking does not count (zlib's state behind
   * deflaters and inflaters), whose growth shows in the process's resident set only.
   */
  NATIVE_HOLDER(Set.of("rss", "rss.native"));

  private final Set<String> resources;

  SuspectKind(Set<String> resources) {
    this.resources = resources;
  }

  /**
   * Whether growth of this kind explains growth of the resource with the given id; a user's MBean
   * attribute counts as direct memory when its name says {@code direct}.
   */
  public boolean explains(String resource) {
    if (resources.contains(resource)) {
      return true;
    }
    return this == DIRECT_BUFFER
        && resource.startsWith("mbean:")
        && resource.toLowerCase(Locale.ROOT).contains("direct");
  }
}
