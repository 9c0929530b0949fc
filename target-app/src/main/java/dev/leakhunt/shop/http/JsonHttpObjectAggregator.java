package dev.leakhunt.shop.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpExpectationFailedEvent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpContentException;
import java.util.function.BooleanSupplier;

/**
 * Netty's aggregator with the size check first and every answer in request order.
 *
 * <p>An oversized request is not answered here but passed on as a request whose decoder result is a
 * {@link TooLongHttpContentException}, so that its JSON 413 leaves after the responses to the
 * requests pipelined before it. Like Netty's own, it keeps a keep-alive connection open (the rest
 * of the body is discarded) unless the body was already being read or the client asked to close.
 *
 * <p>{@code Expect: 100-continue} is answered after the size check: a too large Content-Length gets
 * the 413 and no "100 Continue", and the decoder is told not to expect the body the client will now
 * not send. "100 Continue" itself is sent only while no earlier response is outstanding (it would
 * otherwise overtake them); a client that gets none sends its body after its own short wait, as RFC
 * 9110 asks of it. Other expectations are left for the handler (417).
 */
final class JsonHttpObjectAggregator extends HttpObjectAggregator {
  private final BooleanSupplier nothingOutstanding;

  /**
   * Creates the aggregator of one connection.
   *
   * @param nothingOutstanding true while no earlier request of the connection awaits its response
   */
  JsonHttpObjectAggregator(int maxBodyBytes, BooleanSupplier nothingOutstanding) {
    super(maxBodyBytes);
    this.nothingOutstanding = nothingOutstanding;
  }

  @Override
  protected Object newContinueResponse(
      HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
    if (!HttpUtil.is100ContinueExpected(start)) {
      return null;
    }
    if (isContentLengthInvalid(start, maxContentLength)) {
      // The client waits for a verdict before sending its body: the decoder must not wait for it.
      pipeline.fireUserEventTriggered(HttpExpectationFailedEvent.INSTANCE);
      return null; // handleOversizedMessage answers 413, in order.
    }
    if (!nothingOutstanding.getAsBoolean()) {
      return null;
    }
    start.headers().remove(HttpHeaderNames.EXPECT);
    return new DefaultFullHttpResponse(
        HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE, Unpooled.EMPTY_BUFFER);
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized)
      throws Exception {
    if (!(oversized instanceof HttpRequest request)) {
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
    FullHttpRequest refused =
        new DefaultFullHttpRequest(
            request.protocolVersion(),
            request.method(),
            request.uri(),
            Unpooled.EMPTY_BUFFER,
            request.headers().copy(),
            EmptyHttpHeaders.INSTANCE);
    refused.headers().remove(HttpHeaderNames.EXPECT);
    if (close) {
      refused.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    }
    refused.setDecoderResult(DecoderResult.failure(new TooLongHttpContentException(message)));
    ctx.fireChannelRead(refused);
  }
}
