package dev.leakhunt.shop.http;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Says in one line why a connection ends badly, once per connection: a client that times out, then
 * has its pending response fail, then has its half-read request discarded is one event, not three.
 * Never with a stack trace: these are the client's doing, not the shop's.
 */
final class ConnectionLog {
  private static final Logger LOG = Logger.getLogger(ConnectionLog.class.getName());
  private static final AttributeKey<Boolean> LOGGED =
      AttributeKey.valueOf(ConnectionLog.class, "logged");

  private ConnectionLog() {}

  /** Logs {@code what} about this connection unless something was logged about it already. */
  static void once(Channel channel, Level level, String what) {
    if (channel.attr(LOGGED).setIfAbsent(Boolean.TRUE) == null && LOG.isLoggable(level)) {
      LOG.log(level, "connection from " + channel.remoteAddress() + ": " + what);
    }
  }
}
