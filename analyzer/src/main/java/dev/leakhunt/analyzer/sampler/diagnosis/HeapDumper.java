package dev.leakhunt.analyzer.sampler.diagnosis;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import javax.management.MBeanServerConnection;

/** Writes a heap dump of the target's live objects on the target's own file system. */
public final class HeapDumper {
  /** The HotSpotDiagnosticMXBean's name. */
  public static final String MBEAN_NAME = "com.sun.management:type=HotSpotDiagnostic";

  private final HotSpotDiagnosticMXBean diagnostic;

  public HeapDumper(MBeanServerConnection connection) throws IOException {
    this.diagnostic =
        ManagementFactory.newPlatformMXBeanProxy(
            connection, MBEAN_NAME, HotSpotDiagnosticMXBean.class);
  }

  /**
   * Dumps the live objects (after a full GC) to {@code pathOnTarget}.
   *
   * @param pathOnTarget absolute path on the target's machine, ending in {@code .hprof}; must not
   *     exist yet
   */
  public void dump(String pathOnTarget) throws IOException {
    if (!pathOnTarget.endsWith(".hprof")) {
      throw new IllegalArgumentException(
          "a heap dump's file name must end in .hprof (got " + pathOnTarget + ")");
    }
    diagnostic.dumpHeap(pathOnTarget, true);
  }
}
