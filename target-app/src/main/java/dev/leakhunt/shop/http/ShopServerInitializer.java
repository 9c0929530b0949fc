package dev.leakhunt.shop.http;

import dev.leakhunt.shop.Shop;
import dev.leakhunt.shop.leaks.SlowResponses;
import dev.leakhunt.shop.metrics.ShopMBeans;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.handler.timeout.WriteTimeoutHandler;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline of every connection, after the {@link ConnectionCap} admitted it: write timeout,
 * idle timeout, request read timeout, codec, aggregator with an explicit body limit (oversized
 * bodies get a JSON 413; it also answers {@code Expect: 100-continue}, after its size check), the
 * request gate (one response at a time, reading only when ready), then the shop's handler.
 */
public final class ShopServerInitializer extends ChannelInitializer<SocketChannel> {
  /**
   * Requests a connection may have decoded but not yet answered (Netty's maxPipelineDepth, made
   * explicit): since the gate answers one at a time and reads nothing while a response waits for
   * the client, only a client that pipelines this many and does not read reaches it, and is closed.
   */
  static final int MAX_PIPELINED_REQUESTS = 128;

  private final int maxBodyBytes;
  private final ConnectionLimits limits;
  private final ResponseSender sender;
  private final ShopHttpHandler handler;

  /**
   * Creates the initializer for one shop.
   *
   * @param maxBodyBytes largest request body accepted, bytes; larger ones get 413
   * @param limits the timeouts (the cap is {@link AcceptorInitializer}'s)
   */
  public ShopServerInitializer(
      Shop shop, ShopMBeans mbeans, int maxBodyBytes, ConnectionLimits limits) {
    this.maxBodyBytes = maxBodyBytes;
    this.limits = limits;
    this.sender = new ResponseSender(shop.requestCounters());
    this.handler =
        new ShopHttpHandler(
            ShopRoutes.router(shop), sender, mbeans, new SlowResponses(shop.leaks().settings()));
  }

  @Override
  protected void initChannel(SocketChannel channel) {
    RequestReadTimeout readTimeout = new RequestReadTimeout(limits.readTimeout());
    RequestGate gate = new RequestGate(readTimeout, sender);
    ChannelPipeline pipeline = channel.pipeline();
    pipeline.addLast(
        "write-timeout",
        new WriteTimeoutHandler(limits.writeTimeout().toMillis(), TimeUnit.MILLISECONDS));
    pipeline.addLast(
        "idle-timeout",
        new IdleStateHandler(0, 0, limits.idleTimeout().toMillis(), TimeUnit.MILLISECONDS));
    pipeline.addLast("read-timeout", readTimeout);
    pipeline.addLast("codec", new HttpServerCodec(new HttpDecoderConfig(), MAX_PIPELINED_REQUESTS));
    pipeline.addLast("aggregator", new JsonHttpObjectAggregator(maxBodyBytes, gate::idle));
    pipeline.addLast("gate", gate);
    pipeline.addLast("shop", handler);
  }
}
