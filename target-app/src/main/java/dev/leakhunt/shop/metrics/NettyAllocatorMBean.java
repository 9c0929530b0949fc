package dev.leakhunt.shop.metrics;

/**
 * Memory held by the shop's Netty buffer allocator. Netty's pooled direct memory is not reported by
 * the JDK's {@code java.nio:type=BufferPool,name=direct}, so a Netty buffer leak is only visible
 * here.
 */
public interface NettyAllocatorMBean {
  /** Direct (off-heap) memory the allocator holds, bytes. */
  long getUsedDirectMemory();

  /** Heap memory the allocator holds, bytes. */
  long getUsedHeapMemory();
}
