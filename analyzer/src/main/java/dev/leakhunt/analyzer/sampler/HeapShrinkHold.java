package dev.leakhunt.analyzer.sampler;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import javax.management.MBeanServerConnection;

/**
 * Keeps the target's heap from shrinking after the watch's forced collections, and gives the
 * setting back at the end.
 *
 * <p>After a full collection G1 (and Serial) shrink the heap to at most {@code MaxHeapFreeRatio}
 * (70 %) free. Each live-set probe and class histogram is a full collection, so on a shop with some
 * 10 MiB live it cut the committed heap from about 210 to 40 MiB every time, the young generation
 * with it, and the shop under load served 6.5 % fewer requests while watched (bench/README, "What a
 * whole watch costs the target"). The flag is manageable: at 100 no collection shrinks the heap,
 * which stays the size the load grew it to. Nothing else changes: the heap still grows, up to its
 * maximum, as before.
 */
public final class HeapShrinkHold {
  static final String FLAG = "MaxHeapFreeRatio";

  /** The value that stops every shrink: no free share of the heap is too much. */
  static final String NEVER_SHRINK = "100";

  private final HotSpotDiagnosticMXBean hotspot;

  private HeapShrinkHold(HotSpotDiagnosticMXBean hotspot) {
    this.hotspot = hotspot;
  }

  static HeapShrinkHold of(MBeanServerConnection connection) throws IOException {
    return new HeapShrinkHold(
        ManagementFactory.getPlatformMXBean(connection, HotSpotDiagnosticMXBean.class));
  }

  /**
   * Sets the flag to {@value #NEVER_SHRINK} when it is lower and writable.
   *
   * @return the value it had, or null when nothing was changed (already 100, not writable, or not
   *     HotSpot)
   */
  String hold() {
    VMOption option;
    try {
      option = hotspot.getVMOption(FLAG);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return null; // Not HotSpot, or no such flag: nothing to hold.
    }
    if (!option.isWriteable() || NEVER_SHRINK.equals(option.getValue())) {
      return null;
    }
    hotspot.setVMOption(FLAG, NEVER_SHRINK);
    return option.getValue();
  }

  /** Gives the flag back the value {@link #hold()} returned. */
  void release(String previous) {
    hotspot.setVMOption(FLAG, previous);
  }
}
