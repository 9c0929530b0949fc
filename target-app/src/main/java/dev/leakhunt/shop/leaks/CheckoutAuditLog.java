package dev.leakhunt.shop.leaks;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Copies each checkout request into a pooled direct buffer for the audit trail, and the {@code
 * unreleased-buffers} bug.
 *
 * <p>The audit writer releases the buffer once the order is written. When a checkout is refused
 * (unknown cart, empty cart, out of stock, bad key) the buffer must be released by the error path;
 * the leaky shop forgets, so every refused checkout keeps {@value #RECORD_BYTES} x amplify bytes of
 * Netty's pooled direct memory forever. The JDK's buffer pool MBean does not see it; the {@code
 * NettyAllocator} MBean does.
 */
public final class CheckoutAuditLog {
  /** Size of one audit record at amplify 1, bytes. */
  public static final int RECORD_BYTES = 1024;

  private final boolean leaky;
  private final int recordBytes;

  /** Creates the audit log for these settings. */
  public CheckoutAuditLog(LeakSettings settings) {
    this.leaky = settings.isOn(LeakScenario.UNRELEASED_BUFFERS);
    this.recordBytes = RECORD_BYTES * settings.amplify();
  }

  /**
   * Starts an audit record holding the request body; the caller must end it with one call below.
   */
  public ByteBuf open(ByteBufAllocator allocator, ByteBuf requestBody) {
    ByteBuf record = allocator.directBuffer(Math.max(recordBytes, requestBody.readableBytes()));
    record.writeBytes(requestBody, requestBody.readerIndex(), requestBody.readableBytes());
    return record;
  }

  /** Writes the record of a placed order and releases its buffer. */
  public void written(ByteBuf record) {
    record.release();
  }

  /** Drops the record of a refused checkout; the leaky shop forgets to release it. */
  public void refused(ByteBuf record) {
    if (!leaky) {
      record.release();
    }
  }
}
