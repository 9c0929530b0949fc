package dev.leakhunt.analyzer.diagnosis.rank;

/**
 * How much growth it takes to name something a suspect. A steady program's histograms and thread
 * lists still move a little between two snapshots (caches settle, a pool adds a worker); these
 * floors keep that noise from being named.
 *
 * @param minPlatformClassBytesGrowth a platform class ({@code byte[]}, {@code String}, {@code
 *     HashMap$Node}) must also gain at least this many live bytes: they carry every program's data,
 *     and the watcher's own JMX and JFR traffic moves them by about 0.5 MiB on a small heap
 *     (measured here). Application classes need no byte floor: a leaked {@code Cart} may be 32
 *     bytes shallow, its contents counted under platform classes
 * @param minClassInstancesGrowth a class must gain at least this many live instances
 * @param minClassRelativeGrowth and grow by at least this fraction of its bytes at warm-up end
 *     (0.05 = 5 %)
 * @param maxHeapSuspects at most this many heap classes are named
 * @param minOldObjectShare without histograms, a JFR group must hold at least this fraction of all
 *     samples to be named
 * @param minThreadGrowth a thread name pattern must gain at least this many live threads
 * @param minLoaderGrowth an application loader type must gain at least this many live loaders; the
 *     JDK's own loader types ten times as many, because its reflection loaders ({@code
 *     DelegatingClassLoader}) grow with every newly inflated reflective call, the watcher's own JMX
 *     calls included (45 in 4 s on a fresh JVM here)
 * @param minLoaderClassesGrowth or an application loader type's loaders at least this many classes
 *     (one loader that keeps defining classes, as a script engine may); the JDK's boot, platform
 *     and application loaders load classes lazily for the whole run and never count by classes
 * @param minDirectBufferGrowth a direct buffer class must gain at least this many instances
 * @param minClassDefinitions classes of one name pattern and defining line the recording must see
 *     defined, when they are the application's (a clean service loads a few late classes, each
 *     under its own name); patterns of the JDK's own (lambda forms, reflection accessors) need ten
 *     times as many
 * @param minDescriptorGrowth open descriptors of one path or socket kind a local target must gain
 */
public record SuspectCriteria(
    long minPlatformClassBytesGrowth,
    long minClassInstancesGrowth,
    double minClassRelativeGrowth,
    int maxHeapSuspects,
    double minOldObjectShare,
    int minThreadGrowth,
    long minLoaderGrowth,
    long minLoaderClassesGrowth,
    long minDirectBufferGrowth,
    int minClassDefinitions,
    int minDescriptorGrowth) {

  /**
   * The defaults: 1,000 instances and 5 % per class, plus 1 MiB for platform classes; 5 threads; 20
   * loaders or 200 classes; 50 classes of one pattern defined by one line; 10 descriptors.
   */
  public static SuspectCriteria defaults() {
    return new SuspectCriteria(1 << 20, 1_000, 0.05, 5, 0.10, 5, 20, 200, 10, 50, 10);
  }
}
