package dev.leakhunt.shop;

import dev.leakhunt.contract.shop.ReadyLine;
import dev.leakhunt.shop.http.ConnectionLimits;
import dev.leakhunt.shop.jmx.JmxSecurity;
import dev.leakhunt.shop.leaks.LeakSettings;
import java.time.Duration;

/**
 * Everything the shop is started with; validated by {@link ShopCommand}.
 *
 * @param host address to bind HTTP to
 * @param port HTTP port, 0 for an ephemeral one
 * @param jmxPort loopback JMX port, 0 for a free one, -1 for no JMX
 * @param leaks leak scenarios and amplification
 * @param cartTtl idle time after which a cart is evicted
 * @param products catalog size
 * @param ordersKept recent orders retained
 * @param maxBodyBytes largest accepted request body, bytes
 * @param latencyInterval how often latency intervals are closed
 * @param connections connection cap and timeouts
 * @param jmxSecurity authentication and TLS of the JMX connector
 */
public record ShopConfig(
    String host,
    int port,
    int jmxPort,
    LeakSettings leaks,
    Duration cartTtl,
    int products,
    int ordersKept,
    int maxBodyBytes,
    Duration latencyInterval,
    ConnectionLimits connections,
    JmxSecurity jmxSecurity) {

  /** JMX port value meaning "no JMX connector". */
  public static final int JMX_OFF = ReadyLine.JMX_OFF;

  /** A clean shop on an ephemeral loopback port without JMX, with defaults for the rest. */
  public static ShopConfig loopbackDefaults() {
    return new ShopConfig(
        "127.0.0.1",
        0,
        JMX_OFF,
        LeakSettings.none(),
        Duration.ofMinutes(10),
        10_000,
        10_000,
        64 * 1024,
        Duration.ofSeconds(5),
        ConnectionLimits.withCap(DescriptorLimit.defaultCap(DescriptorLimit.current())),
        JmxSecurity.none());
  }

  /** A copy with other leak settings. */
  public ShopConfig withLeaks(LeakSettings newLeaks) {
    return new ShopConfig(
        host,
        port,
        jmxPort,
        newLeaks,
        cartTtl,
        products,
        ordersKept,
        maxBodyBytes,
        latencyInterval,
        connections,
        jmxSecurity);
  }

  /** A copy with another cart TTL. */
  public ShopConfig withCartTtl(Duration newCartTtl) {
    return new ShopConfig(
        host,
        port,
        jmxPort,
        leaks,
        newCartTtl,
        products,
        ordersKept,
        maxBodyBytes,
        latencyInterval,
        connections,
        jmxSecurity);
  }

  /** A copy with another latency interval. */
  public ShopConfig withLatencyInterval(Duration newInterval) {
    return new ShopConfig(
        host,
        port,
        jmxPort,
        leaks,
        cartTtl,
        products,
        ordersKept,
        maxBodyBytes,
        newInterval,
        connections,
        jmxSecurity);
  }

  /** A copy with another connection cap and other timeouts. */
  public ShopConfig withConnections(ConnectionLimits newConnections) {
    return new ShopConfig(
        host,
        port,
        jmxPort,
        leaks,
        cartTtl,
        products,
        ordersKept,
        maxBodyBytes,
        latencyInterval,
        newConnections,
        jmxSecurity);
  }
}
