package dev.leakhunt.shop.http;

import dev.leakhunt.contract.text.ErrorText;
import dev.leakhunt.shop.metrics.RequestCounters;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.util.logging.Level;

/**
 * Sends every response the shop writes: JSON body, Content-Length, keep-alive or close, and the
 * status counted for {@code /stats}. Responses are written in request order on the channel's event
 * loop, which is what makes HTTP/1.1 pipelining safe. A response that cannot be written (the client
 * reset the connection, or the write timeout closed it) closes the connection, with one log line.
 */
final class ResponseSender {
  private static final String JSON_UTF8 = "application/json; charset=utf-8";

  private static final ChannelFutureListener CLOSE_IF_NOT_WRITTEN =
      written -> {
        if (!written.isSuccess()) {
          ConnectionLog.once(
              written.channel(),
              Level.INFO,
              "response not delivered (" + ErrorText.typed(written.cause()) + "); closing");
          written.channel().close();
        }
      };

  private final RequestCounters counters;

  ResponseSender(RequestCounters counters) {
    this.counters = counters;
  }

  /** Sends a status and a JSON body; closes the connection after it unless {@code keepAlive}. */
  ChannelFuture send(
      ChannelHandlerContext ctx, boolean keepAlive, int status, Object body, HttpHeaders extra) {
    FullHttpResponse response =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1,
            HttpResponseStatus.valueOf(status),
            Unpooled.wrappedBuffer(JsonBodies.write(body)));
    HttpHeaders headers = response.headers();
    if (extra != null) {
      headers.add(extra);
    }
    headers.set(HttpHeaderNames.CONTENT_TYPE, JSON_UTF8);
    HttpUtil.setContentLength(response, response.content().readableBytes());
    if (keepAlive) {
      headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
    } else {
      headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    }
    counters.countStatus(status);
    ChannelFuture written = ctx.writeAndFlush(response);
    written.addListener(CLOSE_IF_NOT_WRITTEN);
    if (!keepAlive) {
      written.addListener(ChannelFutureListener.CLOSE);
    }
    return written;
  }

  /** Sends an {@link ErrorBody} with this status and message. */
  ChannelFuture sendError(
      ChannelHandlerContext ctx, boolean keepAlive, int status, String message, HttpHeaders extra) {
    ErrorBody body =
        new ErrorBody(status, HttpResponseStatus.valueOf(status).reasonPhrase(), message);
    return send(ctx, keepAlive, status, body, extra);
  }
}
