package dev.leakhunt.analyzer.sampler;

import java.io.IOException;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

/**
 * Hands the target's free C-heap pages back to the system ({@code System.trim_native_heap}, glibc's
 * {@code malloc_trim}) right before its resident memory is read, so that {@code rss.native} is the
 * native memory in use, the way {@code heap.live} is the heap after a collection.
 *
 * <p>Without it the resident set keeps the high-water mark of every burst of malloc: the JIT
 * compiler's arenas peak at 2-8 MiB per compilation and the C library keeps the freed pages, so a
 * clean JVM's memory outside the heap rose in steps of 7-15 MiB for its first ten minutes (NMT's
 * Compiler category back at 0.3 MiB after each peak, bench/README "native memory"). Those steps
 * read as growth no judge can tell from a slow native leak in a short run. Memory a leak still
 * holds (zlib's buffers behind an unclosed stream, Unsafe allocations) is in use and not trimmed.
 *
 * <p>Only HotSpot on glibc has the command (the 17.0.15 this project runs on has it); elsewhere it
 * is not offered or answers "not available", and rss is read as it is.
 */
final class NativeHeapTrim {
  private static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";
  private static final String OPERATION = "systemTrimNativeHeap";
  private static final String[] SIGNATURE = {String[].class.getName()};

  /** What the command prints when it trimmed: {@code Trim native heap: RSS+Swap: ...}. */
  private static final String TRIMMED = "Trim native heap";

  private final MBeanServerConnection connection;

  private NativeHeapTrim(MBeanServerConnection connection) {
    this.connection = connection;
  }

  /**
   * A trim for a target that can: it is tried once here (which also gives the first sample a
   * trimmed heap); null when the target has no such command or cannot trim.
   *
   * @throws IOException when the connection fails
   */
  static NativeHeapTrim ifSupported(MBeanServerConnection connection) throws IOException {
    NativeHeapTrim trim = new NativeHeapTrim(connection);
    try {
      return trim.invoke().startsWith(TRIMMED) ? trim : null;
    } catch (JMException | RuntimeException e) {
      return null; // No DiagnosticCommand MBean or no System.trim_native_heap: not HotSpot.
    }
  }

  /** Trims once; a failed trim leaves this sample's rss as it is. */
  void trim() throws IOException {
    try {
      invoke();
    } catch (JMException | RuntimeException e) {
      // One untrimmed sample: the bucket's minimum comes from its neighbours.
    }
  }

  private String invoke() throws IOException, JMException {
    Object output =
        connection.invoke(
            new ObjectName(DIAGNOSTIC_COMMAND), OPERATION, new Object[] {new String[0]}, SIGNATURE);
    return output == null ? "" : output.toString().strip();
  }
}
