package dev.leakhunt.shop.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * Keeps the number of open connections at or below a cap: a connection accepted beyond it is closed
 * at once. The cap sits below the descriptor limit, so that a flood of idle connections leaves
 * descriptors for the acceptor, the JMX connector and the JDK itself; once the flood's connections
 * close, new ones are served again.
 *
 * <p>Sits in the server socket's pipeline, where each accepted connection arrives before it is
 * handed to a worker, and closes a refused one there, on the acceptor's thread: closed later on its
 * worker, refused connections would pile up during a flood and hold descriptors beyond the cap.
 *
 * <p>Logs one line when the cap is reached and one when the shop is well below it again (90%), not
 * one per refused connection.
 */
final class ConnectionCap extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = Logger.getLogger(ConnectionCap.class.getName());

  private final int maxConnections;
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicBoolean full = new AtomicBoolean();
  private final LongAdder refused = new LongAdder();

  ConnectionCap(int maxConnections) {
    if (maxConnections < 1) {
      throw new IllegalArgumentException(
          "maxConnections must be at least 1 (got " + maxConnections + ")");
    }
    this.maxConnections = maxConnections;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof Channel accepted && !admit(accepted)) {
      return;
    }
    ctx.fireChannelRead(msg);
  }

  /** Counts the connection in, or closes it and returns false if the cap is reached. */
  boolean admit(Channel channel) {
    if (open.incrementAndGet() > maxConnections) {
      open.decrementAndGet();
      refused.increment();
      if (full.compareAndSet(false, true)) {
        LOG.warning(
            "connection cap of "
                + maxConnections
                + " reached: closing new connections until some of the open ones close"
                + " (--max-connections)");
      }
      channel.unsafe().closeForcibly(); // not registered with a worker yet: closed right here
      return false;
    }
    channel.closeFuture().addListener(closed -> release());
    return true;
  }

  /** Connections open now. */
  int open() {
    return open.get();
  }

  /** Connections closed on arrival because the cap was reached, since start. */
  long refused() {
    return refused.sum();
  }

  private void release() {
    int stillOpen = open.decrementAndGet();
    if (stillOpen <= maxConnections * 0.9 && full.compareAndSet(true, false)) {
      LOG.info(
          "below the connection cap again ("
              + stillOpen
              + " of "
              + maxConnections
              + " open, "
              + refused.sum()
              + " refused since start)");
    }
  }
}
