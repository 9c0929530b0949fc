package dev.leakhunt.shop;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * The process's limit on open file descriptors ({@code ulimit -n}), which every socket counts
 * against, and the connection cap derived from it.
 */
final class DescriptorLimit {
  /**
   * Descriptors kept free of connections: the JDK's own (jars, modules, selectors), the JMX
   * connector's sockets and the log. An idle shop holds about 40.
   */
  static final int RESERVED = 128;

  /** Highest default connection cap, whatever the descriptor limit. */
  static final int MAX_DEFAULT_CAP = 10_000;

  private DescriptorLimit() {}

  /** The descriptor limit, or -1 where the JVM cannot tell (not a Unix). */
  static long current() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
      return unix.getMaxFileDescriptorCount();
    }
    return -1;
  }

  /** The default connection cap for this descriptor limit: the limit minus what the JVM needs. */
  static int defaultCap(long limit) {
    if (limit < 0) {
      return MAX_DEFAULT_CAP;
    }
    return (int) Math.max(1, Math.min(MAX_DEFAULT_CAP, limit - RESERVED));
  }
}
