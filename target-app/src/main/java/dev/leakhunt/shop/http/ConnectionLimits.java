package dev.leakhunt.shop.http;

import java.time.Duration;

/**
 * How much a connection may cost the shop: how many may be open at once and how long each may
 * stall.
 *
 * @param maxConnections connections open at once; later ones are closed as soon as they are
 *     accepted. Keep it below the process's descriptor limit, so that the acceptor never runs out.
 * @param idleTimeout a connection that neither sends nor receives anything for this long is closed
 * @param readTimeout a request must arrive completely within this long of its first bytes, or it is
 *     answered 408 and the connection closed (this is what ends a client that sends 1 byte a
 *     second)
 * @param writeTimeout a response the client does not take within this long closes the connection
 */
public record ConnectionLimits(
    int maxConnections, Duration idleTimeout, Duration readTimeout, Duration writeTimeout) {

  /** Default idle timeout: about what nginx keeps idle keep-alive connections. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);

  /** Default time for one request to arrive. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);

  /** Default time for a client to take one response. */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);

  /** The default timeouts with this connection cap. */
  public static ConnectionLimits withCap(int maxConnections) {
    return new ConnectionLimits(
        maxConnections, DEFAULT_IDLE_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_WRITE_TIMEOUT);
  }
}
