package dev.leakhunt.analyzer.diagnosis.model;

import dev.leakhunt.contract.run.ResourceIds;
import java.util.Locale;
import java.util.Set;

/** What a suspect is, and which judged resources' growth it can explain. */
public enum SuspectKind {
  /** A class whose live objects grow on the heap. */
  HEAP_CLASS(Set.of(ResourceIds.HEAP_LIVE, ResourceIds.HEAP_USED)),
  /** A group of threads, by name pattern, that keeps growing. */
  THREAD_GROUP(Set.of(ResourceIds.THREADS_LIVE)),
  /**
   * Classes that keep being defined (one name pattern, one defining line): hidden classes, scripts,
   * generated proxies.
   */
  CLASS_DEFINITION(
      Set.of(
          ResourceIds.METASPACE_USED,
          ResourceIds.COMPRESSED_CLASS_SPACE_USED,
          ResourceIds.CLASSES_LOADED)),
  /** A class loader type whose loaders (and their classes) keep growing in metaspace. */
  CLASS_LOADER(
      Set.of(
          ResourceIds.METASPACE_USED,
          ResourceIds.COMPRESSED_CLASS_SPACE_USED,
          ResourceIds.CLASSES_LOADED)),
  /** A kind of open file descriptor (one path, one socket kind) that keeps growing. */
  DESCRIPTOR(Set.of(ResourceIds.FD_OPEN)),
  /** The owner of growing direct (off-heap) buffers. */
  DIRECT_BUFFER(Set.of(ResourceIds.BUFFER_DIRECT_USED)),
  /**
   * JDK objects that hold native memory Native Memory Tracking does not count (zlib's state behind
   * deflaters and inflaters), whose growth shows in the process's resident set only.
   */
  NATIVE_HOLDER(Set.of(ResourceIds.RSS, ResourceIds.RSS_NATIVE));

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
