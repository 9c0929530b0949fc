package dev.leakhunt.shop.http;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Netty's aggregator, answering an oversized request with a JSON 413 instead of an empty one. Like
 * Netty's own, it keeps a keep-alive connection open (the rest of the body is discarded) unless the
 * body was already read or the client asked to close.
 */
final class JsonHttpObjectAggregator extends HttpObjectAggregator {
  private final ResponseSender sender;

  JsonHttpObjectAggregator(int maxBodyBytes, ResponseSender sender) {
    super(maxBodyBytes);
    this.sender = sender;
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized)
      throws Exception {
    if (!(oversized instanceof HttpRequest)) {
      super.handleOversizedMessage(ctx, oversized);
      return;
    }
    boolean close =
        oversized instanceof FullHttpMessage
            || (!HttpUtil.is100ContinueExpected(oversized) && !HttpUtil.isKeepAlive(oversized));
    String message =
        "request body exceeds the limit of "
            + maxContentLength()
            + " bytes (Content-Length "
            + HttpUtil.getContentLength(oversized, -1L)
            + "); send a smaller body";
    sender
        .sendError(ctx, !close, 413, message, null)
        .addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
  }
}
