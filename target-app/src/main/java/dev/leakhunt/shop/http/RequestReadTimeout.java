package dev.leakhunt.shop.http;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Gives each request a deadline, counted from the first bytes read of it: if the whole request has
 * not arrived by then, {@link #TIMED_OUT} is fired down the pipeline (the {@link RequestGate}
 * answers 408 and closes). Netty's {@code ReadTimeoutHandler} measures the gap between reads, which
 * a client sending one byte a second never exceeds; this measures the request.
 *
 * <p>Sits first in the pipeline, where bytes arrive; the gate reports each complete request.
 */
final class RequestReadTimeout extends ChannelInboundHandlerAdapter {
  /** The user event fired when a request missed its deadline. */
  static final Object TIMED_OUT = new Object();

  private final Duration timeout;
  private ChannelHandlerContext ctx;
  private ScheduledFuture<?> deadline;

  RequestReadTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  Duration timeout() {
    return timeout;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (deadline == null && msg instanceof ByteBuf bytes && bytes.isReadable()) {
      deadline = ctx.executor().schedule(this::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
    ctx.fireChannelRead(msg);
  }

  /**
   * A whole request arrived, or the shop stopped reading for backpressure: the deadline no longer
   * applies. The next one starts with the next bytes read.
   */
  void requestReceived() {
    if (deadline != null) {
      deadline.cancel(false);
      deadline = null;
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    requestReceived();
    ctx.fireChannelInactive();
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    requestReceived();
  }

  private void expire() {
    deadline = null;
    if (ctx.channel().isActive()) {
      ctx.fireUserEventTriggered(TIMED_OUT);
    }
  }
}
