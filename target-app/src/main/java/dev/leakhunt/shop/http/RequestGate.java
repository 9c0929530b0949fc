package dev.leakhunt.shop.http;

import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.logging.Level;

/**
 * Outbound backpressure for one connection: at most one response is on its way to the client, and
 * the socket is read only while none is. A client that pipelines thousands of requests and never
 * reads its responses therefore costs one response and one socket read of requests (at most 64 KiB
 * decoded, queued here), instead of a response per request in direct memory.
 *
 * <p>Requests are passed on in arrival order, each only after the previous response was written to
 * the socket, which is what keeps pipelined answers in order even when one of them is an error. The
 * socket is read (autoRead on) only while nothing waits here, nothing is being answered and the
 * channel is writable; the aggregator still reads the rest of a request already begun.
 *
 * <p>Also ends the connection on the timeouts: a request that misses its read deadline gets 408, an
 * idle connection is closed quietly.
 */
final class RequestGate extends ChannelDuplexHandler {
  private final ArrayDeque<FullHttpRequest> waiting = new ArrayDeque<>();
  private final RequestReadTimeout readTimeout;
  private final ResponseSender sender;
  private boolean answering;
  private boolean passing;
  private boolean closing;

  RequestGate(RequestReadTimeout readTimeout, ResponseSender sender) {
    this.readTimeout = readTimeout;
    this.sender = sender;
  }

  /** True while no request waits here and no response is on its way. */
  boolean idle() {
    return !answering && waiting.isEmpty();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof FullHttpRequest request)) {
      ctx.fireChannelRead(msg);
      return;
    }
    readTimeout.requestReceived();
    waiting.add(request);
    passNext(ctx);
    updateReading(ctx);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (answering && msg instanceof HttpResponse response) {
      // Requests pipelined after one answered with "Connection: close" are not answered.
      closing |= !HttpUtil.isKeepAlive(response);
      ChannelPromise written = promise.unvoid();
      written.addListener(done -> responseWritten(ctx, done.isSuccess()));
      ctx.write(msg, written);
      return;
    }
    ctx.write(msg, promise);
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    passNext(ctx);
    updateReading(ctx);
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event == RequestReadTimeout.TIMED_OUT) {
      String what =
          "request not complete within the read timeout of "
              + readTimeout.timeout().toMillis()
              + " ms; closing";
      ConnectionLog.once(ctx.channel(), Level.INFO, what);
      if (idle()) {
        sender.sendError(ctx, false, 408, what + " (send the whole request sooner)", null);
      } else {
        ctx.close();
      }
    } else if (event instanceof IdleStateEvent) {
      ConnectionLog.once(ctx.channel(), Level.FINE, "idle for the idle timeout; closing");
      ctx.close();
    } else {
      ctx.fireUserEventTriggered(event);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    releaseWaiting();
    ctx.fireChannelInactive();
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    releaseWaiting();
  }

  private void responseWritten(ChannelHandlerContext ctx, boolean success) {
    answering = false;
    if (success && !passing) {
      passNext(ctx);
      updateReading(ctx);
    }
    // A failed write closes the connection (ResponseSender); nothing more is passed on.
  }

  private void passNext(ChannelHandlerContext ctx) {
    if (passing) {
      return; // The loop below, further up the stack, continues once this response is written.
    }
    passing = true;
    try {
      while (!answering && !closing && !waiting.isEmpty() && ctx.channel().isWritable()) {
        answering = true;
        ctx.fireChannelRead(waiting.poll());
      }
    } finally {
      passing = false;
    }
  }

  private void updateReading(ChannelHandlerContext ctx) {
    boolean ready = idle() && !closing && ctx.channel().isWritable();
    ChannelConfig config = ctx.channel().config();
    if (config.isAutoRead() != ready) {
      config.setAutoRead(ready);
      if (!ready) {
        // The shop, not the client, is holding the request back now: its deadline restarts with
        // the next bytes read.
        readTimeout.requestReceived();
      }
    }
  }

  private void releaseWaiting() {
    for (FullHttpRequest request = waiting.poll(); request != null; request = waiting.poll()) {
      ReferenceCountUtil.release(request);
    }
    answering = false;
  }
}
