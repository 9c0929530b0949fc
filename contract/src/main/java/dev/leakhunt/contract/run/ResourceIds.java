package dev.leakhunt.contract.run;

/**
 * The ids of the resources a watch samples by name, as written in {@code samples.csv}'s resource
 * column and in {@code verdict.json}'s resources. Other series are named by pattern: memory pools
 * ({@code pool:NAME.used}), Native Memory Tracking ({@code nmt.CATEGORY.committed}), MBean
 * attributes ({@code mbean:NAME#Attribute}) and the capacity rows ({@code capacity:ID}).
 */
public final class ResourceIds {
  /** The live set: heap used right after a collection that reclaimed what it could, bytes. */
  public static final String HEAP_LIVE = "heap.live";

  /** Heap in use at the instant of the sample, garbage included, bytes. */
  public static final String HEAP_USED = "heap.used";

  /** Class metadata in use, bytes. */
  public static final String METASPACE_USED = "metaspace.used";

  /** The compressed class space in use, bytes. */
  public static final String COMPRESSED_CLASS_SPACE_USED = "compressed-class-space.used";

  /** Classes loaded and not unloaded, count. */
  public static final String CLASSES_LOADED = "classes.loaded";

  /** Live threads, count. */
  public static final String THREADS_LIVE = "threads.live";

  /** Open file descriptors of the target process, count. */
  public static final String FD_OPEN = "fd.open";

  /** Memory of direct byte buffers, bytes. */
  public static final String BUFFER_DIRECT_USED = "buffer.direct.used";

  /** Memory of mapped byte buffers, bytes. */
  public static final String BUFFER_MAPPED_USED = "buffer.mapped.used";

  /** The process's resident set, bytes. */
  public static final String RSS = "rss";

  /** The resident part of the Java heap's address ranges, bytes. */
  public static final String RSS_HEAP = "rss.heap";

  /** The resident set outside the Java heap, bytes. */
  public static final String RSS_NATIVE = "rss.native";

  private ResourceIds() {}
}
