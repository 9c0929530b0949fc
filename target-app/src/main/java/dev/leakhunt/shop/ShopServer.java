package dev.leakhunt.shop;

import dev.leakhunt.contract.shop.ReadyLine;
import dev.leakhunt.shop.http.AcceptorInitializer;
import dev.leakhunt.shop.http.ShopRoutes;
import dev.leakhunt.shop.http.ShopServerInitializer;
import dev.leakhunt.shop.jmx.LoopbackJmxServer;
import dev.leakhunt.shop.metrics.NettyAllocator;
import dev.leakhunt.shop.metrics.ShopMBeans;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Starts and stops one shop: domain state, MBeans, housekeeping (cart eviction, latency intervals),
 * the optional loopback JMX connector and the Netty HTTP server.
 */
public final class ShopServer implements AutoCloseable {
  private static final Duration MIN_EVICTION_PERIOD = Duration.ofMillis(100);
  private static final Duration MAX_EVICTION_PERIOD = Duration.ofSeconds(30);

  private final Shop shop;
  private final ShopMBeans mbeans;
  private final ScheduledExecutorService housekeeping;
  private final LoopbackJmxServer jmx;
  private final EventLoopGroup acceptors;
  private final EventLoopGroup workers;
  private final Channel serverChannel;
  private final String host;

  private ShopServer(
      Shop shop,
      ShopMBeans mbeans,
      ScheduledExecutorService housekeeping,
      LoopbackJmxServer jmx,
      EventLoopGroup acceptors,
      EventLoopGroup workers,
      Channel serverChannel,
      String host) {
    this.shop = shop;
    this.mbeans = mbeans;
    this.housekeeping = housekeeping;
    this.jmx = jmx;
    this.acceptors = acceptors;
    this.workers = workers;
    this.serverChannel = serverChannel;
    this.host = host;
  }

  /**
   * Starts a shop and returns once it accepts connections.
   *
   * @throws Exception if a port is taken or the MBeans are already registered in this JVM
   */
  public static ShopServer start(ShopConfig config) throws Exception {
    ShopLogging.prepare();
    Shop shop = Shop.create(config, System::currentTimeMillis);
    ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;
    ShopMBeans mbeans =
        new ShopMBeans(
            new NettyAllocator((ByteBufAllocatorMetricProvider) allocator),
            ShopRoutes.latencyLabels());
    ScheduledExecutorService housekeeping =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "shop-housekeeping");
              thread.setDaemon(true);
              return thread;
            });
    long evictionPeriodMs = evictionPeriod(config.cartTtl()).toMillis();
    housekeeping.scheduleWithFixedDelay(
        shop.leaks().cartEviction().evictionTask(shop.carts()),
        evictionPeriodMs,
        evictionPeriodMs,
        TimeUnit.MILLISECONDS);
    long intervalMs = config.latencyInterval().toMillis();
    housekeeping.scheduleAtFixedRate(
        mbeans::rollLatencyIntervals, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
    LoopbackJmxServer jmx = null;
    EventLoopGroup acceptors = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    EventLoopGroup workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
    try {
      if (config.jmxPort() != ShopConfig.JMX_OFF) {
        jmx = LoopbackJmxServer.start(config.jmxPort(), config.jmxSecurity());
      }
      Channel channel =
          new ServerBootstrap()
              .group(acceptors, workers)
              .channel(NioServerSocketChannel.class)
              .handler(new AcceptorInitializer(config.connections()))
              .childOption(ChannelOption.ALLOCATOR, allocator)
              .childHandler(
                  new ShopServerInitializer(
                      shop, mbeans, config.maxBodyBytes(), config.connections()))
              .bind(config.host(), config.port())
              .sync()
              .channel();
      return new ShopServer(
          shop, mbeans, housekeeping, jmx, acceptors, workers, channel, config.host());
    } catch (Exception e) {
      acceptors.shutdownGracefully(0, 0, TimeUnit.SECONDS);
      workers.shutdownGracefully(0, 0, TimeUnit.SECONDS);
      housekeeping.shutdownNow();
      mbeans.close();
      if (jmx != null) {
        jmx.close();
      }
      throw e;
    }
  }

  /** Carts live at most TTL + TTL/4: eviction runs every quarter TTL, within 100 ms..30 s. */
  static Duration evictionPeriod(Duration cartTtl) {
    Duration quarter = cartTtl.dividedBy(4);
    if (quarter.compareTo(MIN_EVICTION_PERIOD) < 0) {
      return MIN_EVICTION_PERIOD;
    }
    return quarter.compareTo(MAX_EVICTION_PERIOD) > 0 ? MAX_EVICTION_PERIOD : quarter;
  }

  /** The HTTP port actually bound. */
  public int httpPort() {
    return ((InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  /** The JMX port, or -1 without JMX. */
  public int jmxPort() {
    return jmx == null ? ShopConfig.JMX_OFF : jmx.port();
  }

  /** The shop's state, for in-process tests and diagnostics. */
  public Shop shop() {
    return shop;
  }

  /** The line printed once the shop serves: {@code READY http=HOST:PORT jmx=HOST:PORT|off}. */
  public String readyLine() {
    return new ReadyLine(host, httpPort(), jmxPort()).line();
  }

  /**
   * Stops accepting, lets in-flight responses finish, then releases everything; returns within
   * about 10 s whatever state the event loops are in.
   */
  @Override
  public void close() throws Exception {
    try {
      serverChannel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
      acceptors
          .shutdownGracefully(0, 2, TimeUnit.SECONDS)
          .awaitUninterruptibly(4, TimeUnit.SECONDS);
      workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(4, TimeUnit.SECONDS);
    } finally {
      housekeeping.shutdownNow();
      shop.leaks().confirmationSender().close();
      mbeans.close();
      if (jmx != null) {
        jmx.close();
      }
    }
  }
}
