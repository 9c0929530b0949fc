package dev.leakhunt.shop.http;

import dev.leakhunt.shop.failure.ShopException;
import dev.leakhunt.shop.leaks.SlowResponses;
import dev.leakhunt.shop.metrics.EndpointLatency;
import dev.leakhunt.shop.metrics.ShopMBeans;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Answers each aggregated request on the event loop (all shop state is in memory, nothing blocks).
 * Guard clauses in a fixed order: undecodable request 400, unknown path 404, wrong method 405, then
 * the endpoint, whose client mistakes become 400/404/409/415/422 with an {@link ErrorBody}. The
 * time from here to the response being written is recorded per endpoint label.
 */
@ChannelHandler.Sharable
final class ShopHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final Logger LOG = Logger.getLogger(ShopHttpHandler.class.getName());

  private final Router router;
  private final ResponseSender sender;
  private final ShopMBeans mbeans;
  private final SlowResponses slowResponses;

  ShopHttpHandler(
      Router router, ResponseSender sender, ShopMBeans mbeans, SlowResponses slowResponses) {
    this.router = router;
    this.sender = sender;
    this.mbeans = mbeans;
    this.slowResponses = slowResponses;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    long startNanos = System.nanoTime();
    String label = ShopRoutes.UNMATCHED_LABEL;
    ChannelFuture written;
    if (request.decoderResult().isFailure()) {
      // The decoder has lost its place in the byte stream, so the connection cannot be reused.
      written =
          sender.sendError(
              ctx,
              false,
              400,
              "malformed HTTP request: " + request.decoderResult().cause().getMessage(),
              null);
    } else {
      QueryStringDecoder uri = new QueryStringDecoder(request.uri());
      RouteMatch match = router.match(request.method(), uri.path());
      boolean keepAlive = HttpUtil.isKeepAlive(request);
      if (match.found()) {
        label = match.route().label();
        long delayMs = slowResponses.delayMs(label);
        written =
            delayMs > 0
                ? invokeLater(ctx, request, uri, match, keepAlive, delayMs)
                : invoke(ctx, request, uri, match, keepAlive);
      } else if (match.allowedMethods().isEmpty()) {
        written =
            sender.sendError(
                ctx,
                keepAlive,
                404,
                "no such path: "
                    + request.method()
                    + " "
                    + uri.path()
                    + " (see README for the API)",
                null);
      } else {
        String allowed =
            match.allowedMethods().stream().map(HttpMethod::name).collect(Collectors.joining(", "));
        HttpHeaders allow = new DefaultHttpHeaders().set(HttpHeaderNames.ALLOW, allowed);
        written =
            sender.sendError(
                ctx,
                keepAlive,
                405,
                "method "
                    + request.method()
                    + " is not allowed on "
                    + uri.path()
                    + " (allowed: "
                    + allowed
                    + ")",
                allow);
      }
    }
    EndpointLatency latency = mbeans.latency(label);
    written.addListener(done -> latency.recordMicros((System.nanoTime() - startNanos) / 1000));
  }

  /** Answers after {@code delayMs} on the event loop's timer, without blocking the loop. */
  private ChannelFuture invokeLater(
      ChannelHandlerContext ctx,
      FullHttpRequest request,
      QueryStringDecoder uri,
      RouteMatch match,
      boolean keepAlive,
      long delayMs) {
    ChannelPromise done = ctx.newPromise();
    request.retain(); // SimpleChannelInboundHandler releases it when channelRead0 returns.
    ctx.executor()
        .schedule(
            () -> {
              try {
                invoke(ctx, request, uri, match, keepAlive)
                    .addListener(
                        sent -> {
                          if (sent.isSuccess()) {
                            done.trySuccess();
                          } else {
                            done.tryFailure(sent.cause());
                          }
                        });
              } finally {
                request.release();
              }
            },
            delayMs,
            TimeUnit.MILLISECONDS);
    return done;
  }

  private ChannelFuture invoke(
      ChannelHandlerContext ctx,
      FullHttpRequest request,
      QueryStringDecoder uri,
      RouteMatch match,
      boolean keepAlive) {
    try {
      ApiResponse response =
          match
              .route()
              .endpoint()
              .handle(new ApiRequest(request, uri, match.pathParams(), ctx.alloc()));
      return sender.send(ctx, keepAlive, response.status(), response.body(), null);
    } catch (ShopException e) {
      return sender.sendError(ctx, keepAlive, ProblemStatus.of(e.problem()), e.getMessage(), null);
    } catch (ApiError e) {
      return sender.sendError(ctx, keepAlive, e.status(), e.getMessage(), null);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "unexpected failure on " + request.method() + " " + uri.path(), e);
      return sender.sendError(
          ctx, false, 500, "internal error: " + e.getClass().getSimpleName(), null);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.log(Level.FINE, "closing connection after I/O failure", cause);
    ctx.close();
  }
}
