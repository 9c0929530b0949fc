package dev.leakhunt.shop.http;

import dev.leakhunt.shop.Shop;
import dev.leakhunt.shop.leaks.SlowResponses;
import dev.leakhunt.shop.metrics.ShopMBeans;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;

/**
 * The pipeline of every connection: codec, expect-continue, aggregator with an explicit body limit
 * (oversized bodies get a JSON 413), then the shop's handler.
 */
public final class ShopServerInitializer extends ChannelInitializer<SocketChannel> {
  private final int maxBodyBytes;
  private final ResponseSender sender;
  private final ShopHttpHandler handler;

  /**
   * Creates the initializer for one shop.
   *
   * @param maxBodyBytes largest request body accepted, bytes; larger ones get 413
   */
  public ShopServerInitializer(Shop shop, ShopMBeans mbeans, int maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
    this.sender = new ResponseSender(shop.requestCounters());
    this.handler =
        new ShopHttpHandler(
            ShopRoutes.router(shop), sender, mbeans, new SlowResponses(shop.leaks().settings()));
  }

  @Override
  protected void initChannel(SocketChannel channel) {
    ChannelPipeline pipeline = channel.pipeline();
    pipeline.addLast("codec", new HttpServerCodec());
    pipeline.addLast("expect-continue", new HttpServerExpectContinueHandler());
    pipeline.addLast("aggregator", new JsonHttpObjectAggregator(maxBodyBytes, sender));
    pipeline.addLast("shop", handler);
  }
}
