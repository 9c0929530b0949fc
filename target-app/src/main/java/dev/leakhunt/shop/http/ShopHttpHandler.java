package dev.leakhunt.shop.http;

import dev.leakhunt.contract.text.ErrorText;
import dev.leakhunt.shop.failure.ShopException;
import dev.leakhunt.shop.leaks.SlowResponses;
import dev.leakhunt.shop.metrics.EndpointLatency;
import dev.leakhunt.shop.metrics.ShopMBeans;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.CodecException;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.TooLongHttpContentException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.timeout.WriteTimeoutException;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Answers each aggregated request on the event loop (all shop state is in memory, nothing blocks).
 * Guard clauses in a fixed order: undecodable request 400 (413 too large a body, 414 too long a
 * request line, 431 too large a head), a head breaking RFC 9112 400/417/501, a malformed target
 * 400, unknown path 404, wrong method 405, then the endpoint, whose client mistakes become
 * 400/404/409/415/422 with an {@link ErrorBody}. The time from here to the response being written
 * is recorded per endpoint label.
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
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    boolean decoded = request.decoderResult().isSuccess();
    RequestHeadRules.Violation violation = decoded ? RequestHeadRules.check(request) : null;
    RequestTarget target = null;
    ApiError badTarget = null;
    if (decoded && violation == null) {
      try {
        target = RequestTarget.parse(request.uri());
      } catch (ApiError e) {
        badTarget = e;
      }
    }
    if (!decoded) {
      written = sendUndecodable(ctx, request, keepAlive);
    } else if (violation != null) {
      ConnectionLog.once(ctx.channel(), Level.INFO, violation.message());
      written =
          sender.sendError(
              ctx, keepAlive && !violation.close(), violation.status(), violation.message(), null);
    } else if (badTarget != null) {
      written = sender.sendError(ctx, keepAlive, badTarget.status(), badTarget.getMessage(), null);
    } else {
      RouteMatch match = router.match(request.method(), target.path());
      if (match.found()) {
        label = match.route().label();
        long delayMs = slowResponses.delayMs(label);
        written =
            delayMs > 0
                ? invokeLater(ctx, request, target, match, keepAlive, delayMs)
                : invoke(ctx, request, target, match, keepAlive);
      } else if (match.allowedMethods().isEmpty()) {
        written =
            sender.sendError(
                ctx,
                keepAlive,
                404,
                "no such path: "
                    + request.method()
                    + " "
                    + target.path()
                    + " (see README for the API)",
                null);
      } else {
        written = sendMethodNotAllowed(ctx, request, target, match, keepAlive);
      }
    }
    EndpointLatency latency = mbeans.latency(label);
    written.addListener(done -> latency.recordMicros((System.nanoTime() - startNanos) / 1000));
  }

  /** Answers after {@code delayMs} on the event loop's timer, without blocking the loop. */
  private ChannelFuture invokeLater(
      ChannelHandlerContext ctx,
      FullHttpRequest request,
      RequestTarget target,
      RouteMatch match,
      boolean keepAlive,
      long delayMs) {
    ChannelPromise done = ctx.newPromise();
    request.retain(); // SimpleChannelInboundHandler releases it when channelRead0 returns.
    ctx.executor()
        .schedule(
            () -> {
              try {
                invoke(ctx, request, target, match, keepAlive)
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

  /**
   * The decoder could not make sense of the request, or the aggregator found its body too large.
   * After anything but a too large body the decoder has lost its place in the byte stream, so the
   * connection cannot be reused.
   */
  private ChannelFuture sendUndecodable(
      ChannelHandlerContext ctx, FullHttpRequest request, boolean keepAlive) {
    Throwable cause = request.decoderResult().cause();
    if (cause instanceof TooLongHttpContentException) {
      return sender.sendError(ctx, keepAlive, 413, cause.getMessage(), null);
    }
    int status = 400;
    if (cause instanceof TooLongHttpLineException) {
      status = 414;
    } else if (cause instanceof TooLongHttpHeaderException) {
      status = 431;
    }
    String message = "malformed HTTP request: " + cause.getMessage();
    ConnectionLog.once(ctx.channel(), Level.INFO, message + "; closing");
    return sender.sendError(ctx, false, status, message, null);
  }

  private ChannelFuture sendMethodNotAllowed(
      ChannelHandlerContext ctx,
      FullHttpRequest request,
      RequestTarget target,
      RouteMatch match,
      boolean keepAlive) {
    String allowed =
        match.allowedMethods().stream().map(HttpMethod::name).collect(Collectors.joining(", "));
    HttpHeaders allow = new DefaultHttpHeaders().set(HttpHeaderNames.ALLOW, allowed);
    return sender.sendError(
        ctx,
        keepAlive,
        405,
        "method "
            + request.method()
            + " is not allowed on "
            + target.path()
            + " (allowed: "
            + allowed
            + ")",
        allow);
  }

  private ChannelFuture invoke(
      ChannelHandlerContext ctx,
      FullHttpRequest request,
      RequestTarget target,
      RouteMatch match,
      boolean keepAlive) {
    try {
      ApiResponse response =
          match
              .route()
              .endpoint()
              .handle(new ApiRequest(request, target, match.pathParams(), ctx.alloc()));
      return sender.send(ctx, keepAlive, response.status(), response.body(), null);
    } catch (ShopException e) {
      return sender.sendError(ctx, keepAlive, ProblemStatus.of(e.problem()), e.getMessage(), null);
    } catch (ApiError e) {
      return sender.sendError(ctx, keepAlive, e.status(), e.getMessage(), null);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "unexpected failure on " + request.method() + " " + target.path(), e);
      return sender.sendError(
          ctx, false, 500, "internal error: " + e.getClass().getSimpleName(), null);
    }
  }

  /**
   * Ends the connection. What clients cause (a reset, a timeout, a half-sent body) is one line; an
   * unexpected exception is the shop's bug and keeps its stack trace.
   */
  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof WriteTimeoutException) {
      ConnectionLog.once(
          ctx.channel(), Level.INFO, "client did not take its response within the write timeout");
    } else if (cause instanceof IOException) {
      ConnectionLog.once(ctx.channel(), Level.FINE, ErrorText.typed(cause));
    } else if (cause instanceof CodecException) {
      ConnectionLog.once(ctx.channel(), Level.INFO, ErrorText.typed(cause));
    } else {
      LOG.log(Level.WARNING, "closing connection after an unexpected failure", cause);
    }
    ctx.close();
  }
}
