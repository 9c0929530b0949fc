package dev.leakhunt.shop.http;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ServerChannel;

/**
 * The server socket's pipeline, in front of Netty's acceptor: {@link AcceptFailurePause} keeps
 * accepting alive through "Too many open files", {@link ConnectionCap} closes connections beyond
 * the cap as they are accepted.
 */
public final class AcceptorInitializer extends ChannelInitializer<ServerChannel> {
  private final int maxConnections;

  /** For a server that keeps at most {@code limits.maxConnections()} connections open. */
  public AcceptorInitializer(ConnectionLimits limits) {
    this.maxConnections = limits.maxConnections();
  }

  @Override
  protected void initChannel(ServerChannel channel) {
    channel.pipeline().addLast(new AcceptFailurePause(), new ConnectionCap(maxConnections));
  }
}
