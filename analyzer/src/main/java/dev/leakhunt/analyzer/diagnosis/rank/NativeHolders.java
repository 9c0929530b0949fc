package dev.leakhunt.analyzer.diagnosis.rank;

import dev.leakhunt.analyzer.diagnosis.model.OldObjectGroup;
import java.util.List;

/**
 * JDK classes whose live instances hold native memory that Native Memory Tracking does not see.
 * zlib's state behind a {@code Deflater} or {@code Inflater} is malloc'ed by zlib itself (about 256
 * KiB reserved, some 90 KiB resident for a small input, measured with the shop's {@code
 * unclosed-gzip} scenario) against under 100 bytes on the heap, so a leak of them shows as resident
 * memory only: the heap barely moves and no NMT category grows. Their count in a class histogram of
 * live objects is the trace that names it, since the JDK's cleaner ends every unreachable one.
 */
final class NativeHolders {
  /** The classes counted, one per zlib stream (their {@code ZStreamRef} would count it twice). */
  static final List<String> COUNTED = List.of("java.util.zip.Deflater", "java.util.zip.Inflater");

  /**
   * Live instances a holder class must gain between the histograms: 50 streams hold at least about
   * 4.5 MiB of zlib state, while a clean program keeps a handful at most (a pool, an open zip).
   */
  static final long MIN_INSTANCES_GROWTH = 50;

  private NativeHolders() {}

  /** Whether the class is counted as a holder of native memory. */
  static boolean isCounted(String className) {
    return COUNTED.contains(className);
  }

  /**
   * Whether an object of this class on a reference path holds a zlib stream or is one: the deflater
   * and inflater themselves, their stream references, and the JDK's compressing streams ({@code
   * GZIPOutputStream}, {@code InflaterInputStream}...), whose buffers JFR often samples in their
   * place.
   */
  static boolean isOnHoldingPath(String className) {
    if (className == null || !className.startsWith("java.util.zip.")) {
      return false;
    }
    return className.contains("Deflater")
        || className.contains("Inflater")
        || className.contains("GZIP");
  }

  /** Whether a JFR old-object group is held through a zlib stream. */
  static boolean holdsNativeState(OldObjectGroup group) {
    return isOnHoldingPath(group.objectType())
        || group.links().stream().anyMatch(link -> isOnHoldingPath(link.className()));
  }
}
