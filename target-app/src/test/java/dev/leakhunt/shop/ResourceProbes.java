package dev.leakhunt.shop;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import javax.management.JMException;
import javax.management.ObjectName;

/** Reads this JVM's resources through the same MXBeans and MBeans a remote analyzer would read. */
final class ResourceProbes {
  static final long MIB = 1024 * 1024;

  private ResourceProbes() {}

  /** Heap used after two full collections: the live heap, give or take a few hundred KiB. */
  static long liveHeapBytes() {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static int liveThreadsNamedLike(String prefix) {
    ThreadInfo[] threads = ManagementFactory.getThreadMXBean().dumpAllThreads(false, false);
    return (int) Arrays.stream(threads).filter(t -> t.getThreadName().startsWith(prefix)).count();
  }

  static int liveThreads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  static int loadedClasses() {
    return ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
  }

  static long metaspaceUsedBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getName().equals("Metaspace"))
        .mapToLong(pool -> pool.getUsage().getUsed())
        .findFirst()
        .orElseThrow();
  }

  static long nettyUsedDirectBytes() {
    return (Long) shopAttribute("dev.leakhunt.shop:type=NettyAllocator", "UsedDirectMemory");
  }

  static Object shopAttribute(String objectName, String attribute) {
    try {
      return ManagementFactory.getPlatformMBeanServer()
          .getAttribute(new ObjectName(objectName), attribute);
    } catch (JMException e) {
      throw new IllegalStateException("cannot read " + objectName + "#" + attribute, e);
    }
  }

  static MemoryPoolMXBean pool(String name) {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
