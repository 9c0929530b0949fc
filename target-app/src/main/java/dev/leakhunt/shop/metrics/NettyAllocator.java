package dev.leakhunt.shop.metrics;

import io.netty.buffer.ByteBufAllocatorMetric;
import io.netty.buffer.ByteBufAllocatorMetricProvider;

/** Publishes a Netty allocator's own metric as {@link NettyAllocatorMBean}. */
public final class NettyAllocator implements NettyAllocatorMBean {
  private final ByteBufAllocatorMetric metric;

  /** Wraps the metric of the allocator the server's channels use. */
  public NettyAllocator(ByteBufAllocatorMetricProvider allocator) {
    this.metric = allocator.metric();
  }

  @Override
  public long getUsedDirectMemory() {
    return metric.usedDirectMemory();
  }

  @Override
  public long getUsedHeapMemory() {
    return metric.usedHeapMemory();
  }
}
