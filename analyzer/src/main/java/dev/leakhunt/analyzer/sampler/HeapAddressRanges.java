package dev.leakhunt.analyzer.sampler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the Java heap lies in the target's address space, read from {@code GC.heap_info}: G1 prints
 * one reserved range ({@code garbage-first heap total 389120K, used 14997K [0x00000000e0000000,
 * 0x0000000100000000)}), the serial and parallel collectors one per generation with a middle
 * address. The heap is reserved once at start and never moves, so the ranges are read once.
 *
 * @param ranges start (inclusive) and end (exclusive) addresses, in the order printed
 */
public record HeapAddressRanges(List<long[]> ranges) {
  // [0xSTART, 0xEND) or [0xSTART, 0xMIDDLE, 0xEND): the first and the last address bound it.
  private static final Pattern RANGE =
      Pattern.compile("\\[0x([0-9a-fA-F]+)(?:,\\s*0x[0-9a-fA-F]+)*,\\s*0x([0-9a-fA-F]+)\\)");

  public HeapAddressRanges {
    ranges = List.copyOf(ranges);
  }

  /**
   * The ranges printed in a {@code GC.heap_info} report, or empty when it prints none (ZGC and
   * Shenandoah map their heaps differently).
   */
  public static Optional<HeapAddressRanges> parse(String heapInfo) {
    List<long[]> ranges = new ArrayList<>();
    Matcher m = RANGE.matcher(heapInfo);
    while (m.find()) {
      long start = Long.parseUnsignedLong(m.group(1), 16);
      long end = Long.parseUnsignedLong(m.group(2), 16);
      if (Long.compareUnsigned(start, end) < 0) {
        ranges.add(new long[] {start, end});
      }
    }
    return ranges.isEmpty() ? Optional.empty() : Optional.of(new HeapAddressRanges(ranges));
  }

  /** Whether the mapping {@code [start, end)} lies inside the heap. */
  public boolean contains(long start, long end) {
    for (long[] range : ranges) {
      if (Long.compareUnsigned(start, range[0]) >= 0 && Long.compareUnsigned(end, range[1]) <= 0) {
        return true;
      }
    }
    return false;
  }

  /** The highest address of the heap (exclusive). */
  public long endAddress() {
    long end = 0;
    for (long[] range : ranges) {
      if (Long.compareUnsigned(range[1], end) > 0) {
        end = range[1];
      }
    }
    return end;
  }

  /** The reserved size of the heap, bytes: the most it can ever hold resident. */
  public long reservedBytes() {
    return ranges.stream().mapToLong(r -> r[1] - r[0]).sum();
  }
}
